/** Departments a dealer's journey maps usually involve, with colour-blind-safe lane colours (Paul Tol's muted palette). */
import type { TemplateDepartment } from './types';

export const DEPARTMENTS: readonly TemplateDepartment[] = [
  { key: 'sales', name: { 'zh-CN': '销售部', en: 'Sales' }, color: '#332288' },
  { key: 'service', name: { 'zh-CN': '服务部', en: 'Service' }, color: '#117733' },
  { key: 'parts', name: { 'zh-CN': '配件部', en: 'Parts' }, color: '#ddcc77' },
  { key: 'finance', name: { 'zh-CN': '财务部', en: 'Finance' }, color: '#882255' },
  { key: 'financing', name: { 'zh-CN': '融资部', en: 'Financing & leasing' }, color: '#aa4499' },
  { key: 'callcentre', name: { 'zh-CN': '客服中心', en: 'Call centre' }, color: '#88ccee' },
  { key: 'workshop', name: { 'zh-CN': '维修车间', en: 'Workshop' }, color: '#44aa99' },
  { key: 'servicedesk', name: { 'zh-CN': '服务前台', en: 'Service desk' }, color: '#cc6677' },
  { key: 'logistics', name: { 'zh-CN': '物流部', en: 'Logistics' }, color: '#999933' },
];
