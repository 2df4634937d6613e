/**
 * Every word of a comparison report, in Chinese and English (both first-class): the HTML/PDF
 * document, the charts, the map overlay, the spreadsheet and the CSV headers.
 */
import type { ChartText } from '../../../shared/domain/compare/charts';
import type { MapOverlayText } from '../../../shared/domain/compare/map-overlay-svg';
import type { ReportLang } from '../../../shared/domain/compare/explain';
import type { ComparisonItem, ItemKind, Verdict } from '../../../shared/ops/compare';
import type { MapComparison } from '../../../shared/ops/journeys';

type TouchpointStatus = MapComparison['touchpoints'][number]['status'];

export interface ReportStrings {
  title: string;
  survey: string;
  rounds: string;
  before: string;
  after: string;
  field: string;
  responses: string;
  breakdown: string;
  noBreakdown: string;
  generated: string;
  matching: Record<'same-survey' | 'code-text-link', string>;
  sections: {
    summary: string;
    improved: string;
    worse: string;
    nothingImproved: string;
    nothingWorse: string;
    charts: string;
    changeChart: string;
    changeChartNote: string;
    meansChart: string;
    npsChart: string;
    map: string;
    mapNote: string;
    mapVersions: string;
    tables: string;
    overall: string;
    group: (name: string) => string;
    groups: string;
    unmatched: string;
    method: string;
  };
  counts: Record<Verdict | 'hidden' | 'small', string>;
  col: {
    group: string;
    kind: string;
    item: string;
    text: string;
    n: string;
    mean: string;
    sd: string;
    ciLow: string;
    ciHigh: string;
    top2: string;
    nps: string;
    promoters: string;
    passives: string;
    detractors: string;
    delta: string;
    p: string;
    q: string;
    d: string;
    test: string;
    significant: string;
    direction: string;
    explanation: string;
    smallSample: string;
    hidden: string;
    beforeN: string;
    afterN: string;
    side: string;
    status: string;
  };
  yes: string;
  no: string;
  overallGroup: string;
  kind: Record<ItemKind, string>;
  direction: Record<Verdict, string>;
  factor: Record<'need' | 'convenience' | 'emotion', string>;
  grouping: Record<string, string>;
  hiddenCell: string;
  smallMark: string;
  mapStatus: Record<TouchpointStatus, string>;
  mapTotals: { touchpoints: string; transfers: string; loyaltyKept: string; need: string; convenience: string; emotion: string; painPoints: string };
  sides: Record<'before' | 'after', string>;
  sheet: { overall: string; aggregates: string; method: string; map: string };
  method: (c: { alpha: number; privacyMin: number }) => string[];
  chart: ChartText;
  overlay: MapOverlayText;
  currentMap: string;
  alphaLabel: string;
  privacyMinLabel: string;
}

const en: ReportStrings = {
  title: 'Before/after comparison',
  survey: 'Survey',
  rounds: 'Rounds compared',
  before: 'Before',
  after: 'After',
  field: 'Fieldwork',
  responses: 'Responses',
  breakdown: 'Broken down by',
  noBreakdown: 'No breakdown (whole rounds)',
  generated: 'Generated',
  matching: { 'same-survey': 'Both rounds use the same questionnaire.', 'code-text-link': 'The rounds use different questionnaires; questions were paired by code, text and link.' },
  sections: {
    summary: 'Summary',
    improved: 'What improved',
    worse: 'What got worse',
    nothingImproved: 'No item improved clearly.',
    nothingWorse: 'No item got clearly worse.',
    charts: 'Charts',
    changeChart: 'Change per item',
    changeChartNote: 'After minus before, in mean points. Blue: better, orange: worse, grey: no clear change.',
    meansChart: 'Before and after, with 95% confidence intervals',
    npsChart: 'Net Promoter Score: detractors, passives and promoters',
    map: 'Journey map with the change overlay',
    mapNote: 'Each touchpoint is coloured by what its linked survey items did between the rounds. Workshop ratings are 1–5.',
    mapVersions: 'Journey map versions compared',
    tables: 'Results in detail',
    overall: 'Whole rounds',
    group: (name) => `Group: ${name}`,
    groups: 'Breakdown groups',
    unmatched: 'Questions without a partner in the other round',
    method: 'Method',
  },
  counts: { better: 'better', worse: 'worse', changed: 'changed (neither way is better)', unclear: 'no clear change', untested: 'not tested', hidden: 'hidden (privacy)', small: 'small samples (n < 30)' },
  col: {
    group: 'Group',
    kind: 'Kind',
    item: 'Item',
    text: 'Question / contents',
    n: 'n',
    mean: 'Mean',
    sd: 'SD',
    ciLow: '95% CI low',
    ciHigh: '95% CI high',
    top2: 'Top-2',
    nps: 'NPS',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    delta: 'Change',
    p: 'p',
    q: 'q (BH)',
    d: "Cohen's d",
    test: 'Test',
    significant: 'Significant',
    direction: 'Direction',
    explanation: 'In plain words',
    smallSample: 'Small sample',
    hidden: 'Hidden',
    beforeN: 'Before n',
    afterN: 'After n',
    side: 'Round',
    status: 'Status',
  },
  yes: 'yes',
  no: 'no',
  overallGroup: 'All',
  kind: { question: 'Question', factor: 'Factor', touchpoint: 'Touchpoint', department: 'Department', grouping: 'Grouping', journey: 'Journey' },
  direction: { better: 'Better', worse: 'Worse', changed: 'Changed', unclear: 'No clear change', untested: 'Not tested' },
  factor: { need: 'Need', convenience: 'Convenience', emotion: 'Emotion' },
  grouping: { 'basic-needs': 'Basic needs', individual: 'Individual', teamwork: 'Teamwork', growth: 'Growth' },
  hiddenCell: 'hidden',
  smallMark: 'n < 30',
  mapStatus: { added: 'added', removed: 'removed', changed: 'changed', same: 'unchanged' },
  mapTotals: { touchpoints: 'Touchpoints', transfers: 'Transfers', loyaltyKept: 'Loyalty kept (at most)', need: 'Need', convenience: 'Convenience', emotion: 'Emotion', painPoints: 'Pain points' },
  sides: { before: 'Before', after: 'After' },
  sheet: { overall: 'Overall', aggregates: 'Aggregates', method: 'Method', map: 'Map versions' },
  method: ({ alpha, privacyMin }) => [
    'The two rounds are treated as independent samples: respondents are not linked between rounds.',
    "Means are compared with Welch's t-test (unequal variances); the Mann-Whitney U test is reported as the ordinal check. Top-2-box shares are compared with a two-proportion z-test.",
    'NPS = % promoters (9–10) − % detractors (0–6). NPS changes are tested with the difference of two NPS values and its standard error, using the variance (p⁺ + p⁻ − (p⁺ − p⁻)²) / n per round.',
    `Because a report tests many items at once, p-values are adjusted with the Benjamini-Hochberg procedure (the q column). A change counts as real when q < ${alpha}.`,
    "Effect size is Cohen's d with the pooled standard deviation. 95% confidence intervals of means use Student's t.",
    'Items with fewer than 30 answers in either round are marked "n < 30": their results can swing by chance and should be read with care.',
    `Groups with fewer than ${privacyMin} respondents in either round are hidden to protect privacy.`,
    'Composite items (factors, touchpoints, departments, groupings) are each respondent’s mean over the questions linked to them, then compared like a question.',
    'Workshop ratings on the map (need, convenience, emotion, 1–5) are the team’s own assessment, not survey results. Loyalty kept through transfers is 0.9 to the power of the transfers: an upper bound.',
  ],
  chart: {
    before: 'Before',
    after: 'After',
    ci95: '95% CI',
    meanAxis: 'Mean',
    changeAxis: 'Change in mean (points)',
    better: 'Better',
    worse: 'Worse',
    changed: 'Changed',
    unclear: 'No clear change',
    untested: 'Not tested',
    detractors: 'Detractors (0–6)',
    passives: 'Passives (7–8)',
    promoters: 'Promoters (9–10)',
    shareAxis: 'Share of answers',
    nps: 'NPS',
  },
  overlay: {
    need: 'Need',
    convenience: 'Ease',
    emotion: 'Emotion',
    transfers: (n) => (n === 1 ? '1 transfer' : `${n} transfers`),
    legend: { better: 'Better', worse: 'Worse', unclear: 'No clear change', unmeasured: 'Not measured' },
    mixed: 'Mixed',
  },
  currentMap: 'Current map',
  alphaLabel: 'False discovery rate (α)',
  privacyMinLabel: 'Privacy minimum (respondents)',
};

const zh: ReportStrings = {
  title: '前后对比报告',
  survey: '问卷',
  rounds: '对比轮次',
  before: '前测',
  after: '后测',
  field: '调研时间',
  responses: '样本量',
  breakdown: '细分维度',
  noBreakdown: '未细分（整轮对比）',
  generated: '生成时间',
  matching: { 'same-survey': '两轮使用同一份问卷。', 'code-text-link': '两轮使用不同的问卷，题目已按编号、题干和关联对象配对。' },
  sections: {
    summary: '结论摘要',
    improved: '有所改善',
    worse: '有所下滑',
    nothingImproved: '没有明显改善的项目。',
    nothingWorse: '没有明显下滑的项目。',
    charts: '图表',
    changeChart: '各项变化',
    changeChartNote: '后测减前测的均值差（分）。蓝色为改善，橙色为下滑，灰色为变化不明显。',
    meansChart: '前后均值及 95% 置信区间',
    npsChart: '净推荐值：贬损者、被动者与推荐者',
    map: '客户旅程地图：变化标注',
    mapNote: '每个触点按其关联题目在两轮之间的变化着色；工作坊评分为 1–5 分。',
    mapVersions: '旅程地图版本对比',
    tables: '详细结果',
    overall: '整体',
    group: (name) => `分组：${name}`,
    groups: '细分分组',
    unmatched: '未能在另一轮找到对应的题目',
    method: '方法说明',
  },
  counts: { better: '项改善', worse: '项下滑', changed: '项有变化（无好坏之分）', unclear: '项变化不明显', untested: '项无法检验', hidden: '项因隐私隐藏', small: '项样本较少（n < 30）' },
  col: {
    group: '分组',
    kind: '类型',
    item: '项目',
    text: '题目 / 构成',
    n: '样本',
    mean: '均值',
    sd: '标准差',
    ciLow: '95% 置信下限',
    ciHigh: '95% 置信上限',
    top2: '前两项占比',
    nps: 'NPS',
    promoters: '推荐者',
    passives: '被动者',
    detractors: '贬损者',
    delta: '变化',
    p: 'p 值',
    q: 'q 值（BH）',
    d: '效应量 d',
    test: '检验',
    significant: '显著',
    direction: '结论',
    explanation: '解读',
    smallSample: '样本较少',
    hidden: '已隐藏',
    beforeN: '前测样本',
    afterN: '后测样本',
    side: '轮次',
    status: '状态',
  },
  yes: '是',
  no: '否',
  overallGroup: '全部',
  kind: { question: '题目', factor: '体验维度', touchpoint: '触点', department: '部门', grouping: '敬业度分组', journey: '旅程' },
  direction: { better: '改善', worse: '下滑', changed: '有变化', unclear: '变化不明显', untested: '无法检验' },
  factor: { need: '需要体验', convenience: '便利体验', emotion: '情感体验' },
  grouping: { 'basic-needs': '基本需求', individual: '个人贡献', teamwork: '团队协作', growth: '成长发展' },
  hiddenCell: '已隐藏',
  smallMark: 'n < 30',
  mapStatus: { added: '新增', removed: '已删除', changed: '有变化', same: '未变' },
  mapTotals: { touchpoints: '触点数', transfers: '转接次数', loyaltyKept: '忠诚度保留（上限）', need: '需要体验', convenience: '便利体验', emotion: '情感体验', painPoints: '痛点数' },
  sides: { before: '前测', after: '后测' },
  sheet: { overall: '整体', aggregates: '原始汇总', method: '方法说明', map: '地图版本' },
  method: ({ alpha, privacyMin }) => [
    '两轮按独立样本处理：受访者在两轮之间没有一一对应。',
    '均值差异采用 Welch t 检验（不假定方差相等），并以 Mann-Whitney U 检验作为等级数据的复核；前两项占比采用双比例 z 检验。',
    'NPS = 推荐者（9–10 分）占比 − 贬损者（0–6 分）占比。NPS 的变化按两轮 NPS 之差及其标准误检验，每轮方差为 (p⁺ + p⁻ − (p⁺ − p⁻)²) / n。',
    `一份报告同时检验多个项目，因此 p 值经 Benjamini-Hochberg 方法校正（q 值）；q < ${alpha} 时视为真实变化。`,
    '效应量为合并标准差下的 Cohen d；均值的 95% 置信区间按 t 分布计算。',
    '任一轮回答少于 30 份的项目标注“n < 30”，其结果容易受偶然因素影响，请谨慎解读。',
    `任一轮受访者少于 ${privacyMin} 人的分组不显示结果，以保护受访者隐私。`,
    '综合项目（体验维度、触点、部门、敬业度分组）先计算每位受访者在相关题目上的平均分，再像单题一样比较。',
    '地图上的工作坊评分（需要、便利、情感，1–5 分）是团队的自评，而非问卷结果。转接后的忠诚度保留率为 0.9 的转接次数次方，是一个上限。',
  ],
  chart: {
    before: '前测',
    after: '后测',
    ci95: '95% 置信区间',
    meanAxis: '均值',
    changeAxis: '均值变化（分）',
    better: '改善',
    worse: '下滑',
    changed: '有变化',
    unclear: '变化不明显',
    untested: '无法检验',
    detractors: '贬损者（0–6）',
    passives: '被动者（7–8）',
    promoters: '推荐者（9–10）',
    shareAxis: '回答占比',
    nps: 'NPS',
  },
  overlay: {
    need: '需要',
    convenience: '便利',
    emotion: '情感',
    transfers: (n) => `转接 ${n} 次`,
    legend: { better: '改善', worse: '下滑', unclear: '变化不明显', unmeasured: '未测量' },
    mixed: '有升有降',
  },
  currentMap: '当前地图',
  alphaLabel: '错误发现率（α）',
  privacyMinLabel: '隐私保护最少人数',
};

export const REPORT_STRINGS: Readonly<Record<ReportLang, ReportStrings>> = { en, 'zh-CN': zh };

/** The name an item goes by in a report: factors and groupings in words, the rest as stored. */
export function itemLabel(item: Pick<ComparisonItem, 'kind' | 'label' | 'ref'>, s: ReportStrings): string {
  if (item.kind === 'factor' && item.ref.factor) return s.factor[item.ref.factor];
  if (item.kind === 'grouping' && item.ref.grouping) return s.grouping[item.ref.grouping] ?? item.label;
  if (item.kind === 'factor') return s.factor[item.label as keyof ReportStrings['factor']] ?? item.label;
  return item.label;
}

/** What a reader needs to recognise an item: a question's code with its text, a composite's name. */
export function itemTitle(item: Pick<ComparisonItem, 'kind' | 'label' | 'text' | 'ref'>, s: ReportStrings): string {
  if (item.kind !== 'question') return itemLabel(item, s);
  const text = item.text.replace(/\s+/g, ' ').trim();
  if (!text || text === item.label || text.startsWith(item.label)) return text || item.label;
  return `${item.label} ${text}`;
}
