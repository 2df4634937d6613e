/**
 * Column names and words of the pain-point export, in both languages.
 */
import type { ActionStatus, ReviewStatus } from '../../../shared/domain/painpoints/review';
import { ACTION_STATUS_LABELS, CAUSE_LABELS, REVIEW_STATUS_LABELS } from '../../../shared/domain/painpoints/labels';
import type { Cause } from '../../../shared/domain/painpoints/taxonomy';

export interface PainExportStrings {
  sheetPoints: string;
  sheetActions: string;
  columns: string[];
  actionColumns: string[];
  listSep: string;
  factor: Record<'need' | 'convenience' | 'emotion', string>;
  reasonFactor: (factor: string, rating: number) => string;
  reasonTransfers: (n: number) => string;
  reasonSurveyMean: (mean: number) => string;
  reasonSurveyTop2: (share: number) => string;
  cause: Record<Cause, string>;
  status: Record<ReviewStatus, string>;
  actionStatus: Record<ActionStatus, string>;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const PAIN_EXPORT_STRINGS: Record<'zh-CN' | 'en', PainExportStrings> = {
  en: {
    sheetPoints: 'Pain points',
    sheetActions: 'Actions',
    columns: ['Rank', 'Severity', 'Journey', 'Stage', 'Lane', 'Department', 'Touchpoint', 'Owner', 'Need', 'Convenience', 'Emotion', 'Transfers', 'Why flagged', 'Survey mean', 'Survey top-2-box', 'Customers a year', 'Money at stake a year', 'Causes', 'Status', 'Actions'],
    actionColumns: ['Journey', 'Touchpoint', 'Action', 'Owner', 'Due', 'Status', 'Expected effect'],
    listSep: '; ',
    factor: { need: 'need', convenience: 'convenience', emotion: 'emotional experience' },
    reasonFactor: (f, r) => `${f} rated ${r}`,
    reasonTransfers: (n) => `${n} transfers`,
    reasonSurveyMean: (m) => `survey mean ${m.toFixed(2)}`,
    reasonSurveyTop2: (s) => `survey top-2-box ${pct(s)}`,
    cause: CAUSE_LABELS.en,
    status: REVIEW_STATUS_LABELS.en,
    actionStatus: ACTION_STATUS_LABELS.en,
  },
  'zh-CN': {
    sheetPoints: '痛点',
    sheetActions: '改进措施',
    columns: ['排名', '严重度', '旅程', '阶段', '泳道', '部门', '触点', '负责人', '需求', '便利', '情感', '转交次数', '标记原因', '调查均值', '调查前两项占比', '每年客户数', '每年涉及金额', '原因', '状态', '改进措施'],
    actionColumns: ['旅程', '触点', '措施', '负责人', '截止日期', '状态', '预期效果'],
    listSep: '；',
    factor: { need: '需求', convenience: '便利', emotion: '情感体验' },
    reasonFactor: (f, r) => `${f}评分 ${r}`,
    reasonTransfers: (n) => `转交 ${n} 次`,
    reasonSurveyMean: (m) => `调查均值 ${m.toFixed(2)}`,
    reasonSurveyTop2: (s) => `调查前两项占比 ${pct(s)}`,
    cause: CAUSE_LABELS['zh-CN'],
    status: REVIEW_STATUS_LABELS['zh-CN'],
    actionStatus: ACTION_STATUS_LABELS['zh-CN'],
  },
};
