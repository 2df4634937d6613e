/**
 * The words for causes and statuses of the pain-point review, in both languages — one copy
 * for the page and the exports.
 */
import type { ActionStatus, ReviewStatus } from './review';
import type { Cause } from './taxonomy';

type Lang = 'zh-CN' | 'en';

export const CAUSE_LABELS: Record<Lang, Record<Cause, string>> = {
  en: {
    'poor-quality': 'Poor quality',
    'below-expectation': 'Below expectation',
    'not-worth-price': 'Not worth the price',
    'slow-response': 'Slow response or no help',
    'messy-premises': 'Dirty or messy premises',
    'poor-range': 'Poor range',
    'inconvenient-location': 'Inconvenient location or parking',
    impolite: 'Impolite or inattentive staff',
    'lacking-knowledge': 'Staff lacking knowledge or unable to solve',
    'poor-appearance': 'Poor staff appearance or behaviour',
    other: 'Other',
  },
  'zh-CN': {
    'poor-quality': '质量差',
    'below-expectation': '低于期望',
    'not-worth-price': '物非所值',
    'slow-response': '反应慢或无人帮助',
    'messy-premises': '环境脏乱',
    'poor-range': '品种不全',
    'inconvenient-location': '位置或停车不便',
    impolite: '员工不礼貌或不专心',
    'lacking-knowledge': '员工缺乏知识或无法解决问题',
    'poor-appearance': '员工仪表或举止不佳',
    other: '其他',
  },
};

export const REVIEW_STATUS_LABELS: Record<Lang, Record<ReviewStatus, string>> = {
  en: { new: 'No action yet', planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
  'zh-CN': { new: '尚无措施', planned: '已计划', 'in-progress': '进行中', done: '已完成' },
};

export const ACTION_STATUS_LABELS: Record<Lang, Record<ActionStatus, string>> = {
  en: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  'zh-CN': { planned: '已计划', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' },
};
