/**
 * A hand-made before/after comparison of two rounds of a service survey, with the service
 * journey it points at and a map-version comparison: Chinese labels, an NPS item, hidden and
 * small-sample rows, composites of every kind, a breakdown by region, and hostile text in
 * labels, group names and touchpoint titles.
 */
import type { Journey } from '../../shared/domain/journey';
import { serviceTemplate } from '../../shared/domain/journey-templates/service';
import type { CompareSide, Comparison, ComparisonItem, Verdict } from '../../shared/ops/compare';
import type { MapComparison } from '../../shared/ops/journeys';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  formula: '=HYPERLINK("http://evil.example","x")',
  plus: '+SUM(1,2)',
  at: '@cmd',
  dash: '-2+3',
};

type Lang = 'zh-CN' | 'en';

/** The service template as a journey with stable ids (tp-0 … tp-13) plus one hostile touchpoint. */
export function fixtureJourney(lang: Lang = 'zh-CN'): Journey {
  const t = serviceTemplate;
  const stages = t.stages.map((s, i) => ({ id: `st-${i}`, name: s[lang], color: null }));
  const lanes = t.lanes.map((l, i) => ({ id: `ln-${i}`, name: l.name[lang], kind: l.kind, departmentId: l.department ? `dep-${l.department}` : null, color: null }));
  const touchpoints = t.touchpoints.map((p, i) => ({
    id: `tp-${i}`,
    stageId: `st-${p.stage}`,
    laneId: `ln-${p.lane}`,
    title: p.title[lang],
    channel: p.channel,
    description: p.description[lang],
    quote: p.quote[lang],
    owner: p.owner[lang],
    need: p.need,
    convenience: p.convenience,
    emotion: p.emotion,
    transfers: p.transfers,
    position: i,
  }));
  touchpoints.push({ ...touchpoints[0]!, id: 'tp-evil', stageId: 'st-4', laneId: 'ln-0', title: `${HOSTILE.script} ${HOSTILE.img}`, position: 99 });
  return {
    id: 'journey-service',
    name: t.name[lang],
    scene: t.scene,
    persona: t.persona[lang],
    customerTier: null,
    description: t.description[lang],
    touchpointCount: touchpoints.length,
    totalTransfers: touchpoints.reduce((a, p) => a + p.transfers, 0),
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-07-01T08:00:00.000Z',
    version: 12,
    stages,
    lanes,
    touchpoints,
    flows: t.flows.map(([a, b], i) => ({ id: `fl-${i}`, sourceId: `tp-${a}`, targetId: `tp-${b}`, label: '' })),
  };
}

function side(n: number, mean: number | null, sd: number | null, top2: number | null, nps: CompareSide['nps'] = null): CompareSide {
  const half = mean !== null && sd !== null && n > 1 ? (1.96 * sd) / Math.sqrt(n) : null;
  return { n, mean, sd, ci95: half === null || mean === null ? null : [mean - half, mean + half], top2, nps, first: null };
}

const npsParts = (n: number, promoters: number, detractors: number) => ({
  n,
  promoters,
  passives: n - promoters - detractors,
  detractors,
  nps: n === 0 ? null : ((promoters - detractors) / n) * 100,
});

interface Spec {
  key: string;
  kind: ComparisonItem['kind'];
  label: string;
  text?: string;
  measure?: ComparisonItem['measure'];
  ref?: Partial<ComparisonItem['ref']>;
  before: [n: number, mean: number, sd: number, top2: number];
  after: [n: number, mean: number, sd: number, top2: number];
  p: number;
  q: number;
  verdict: Verdict;
  direction?: ComparisonItem['direction'];
}

function item(s: Spec, group: string | null, scaleN = 1): ComparisonItem {
  const measure = s.measure ?? (s.kind === 'question' ? 'likert' : 'composite');
  const [bn, bm, bsd, bt] = s.before;
  const [an, am, asd, at] = s.after;
  const nb = Math.round(bn * scaleN);
  const na = Math.round(an * scaleN);
  const hidden = nb < 5 || na < 5;
  const smallSample = nb < 30 || na < 30;
  const base: ComparisonItem = {
    key: s.key,
    kind: s.kind,
    label: s.label,
    text: s.text ?? s.label,
    code: s.kind === 'question' ? s.label.split(' ')[0]! : null,
    measure,
    scale: { min: 1, max: 5 },
    ref: { questionIds: [`q-${s.key}`], touchpointId: null, journeyId: null, departmentId: null, factor: null, grouping: null, ...s.ref },
    group,
    before: side(nb, bm, bsd, bt),
    after: side(na, am, asd, at),
    delta: am - bm,
    test: 'welch',
    p: s.p,
    q: s.q,
    tests: {
      welch: { t: (am - bm) / 0.1, df: nb + na - 2, p: s.p },
      mannWhitney: { u: (nb * na) / 2, z: 1.2, p: s.p * 1.1 > 1 ? 1 : s.p * 1.1 },
      top2: { diff: at - bt, z: 1.5, p: s.p },
      nps: null,
    },
    cohenD: (am - bm) / ((bsd + asd) / 2),
    significant: s.verdict === 'better' || s.verdict === 'worse',
    direction: s.direction ?? 'higher-better',
    verdict: s.verdict,
    smallSample,
    hidden,
  };
  if (!hidden) return base;
  const blank = (n: number): CompareSide => ({ n, mean: null, sd: null, ci95: null, top2: null, nps: null, first: null });
  return {
    ...base,
    before: blank(nb),
    after: blank(na),
    delta: null,
    test: null,
    p: null,
    q: null,
    tests: { welch: null, mannWhitney: null, top2: null, nps: null },
    cohenD: null,
    significant: false,
    verdict: 'untested',
  };
}

const SPECS: Spec[] = [
  { key: 'question:q1', kind: 'question', label: 'Q1 报修电话接通速度', text: 'Q1 报修电话接通速度：拨打 400 热线后多久有人接听？', ref: { touchpointId: 'tp-0', factor: 'convenience' }, before: [412, 2.9, 1.1, 0.34], after: [398, 3.4, 1.0, 0.52], p: 0.00001, q: 0.0001, verdict: 'better' },
  { key: 'question:q2', kind: 'question', label: 'Q2 转接次数', text: 'Q2 这次报修，您的电话被转接了几次才找到负责的人？', ref: { touchpointId: 'tp-1', factor: 'convenience' }, before: [410, 2.4, 1.2, 0.21], after: [395, 2.2, 1.2, 0.18], p: 0.019, q: 0.041, verdict: 'worse' },
  { key: 'question:q3', kind: 'question', label: 'Q3 工程师到场准时', text: 'Q3 服务工程师是否按约定时间到场？', ref: { touchpointId: 'tp-3', factor: 'need' }, before: [405, 3.1, 1.0, 0.4], after: [390, 3.15, 1.0, 0.41], p: 0.48, q: 0.6, verdict: 'unclear' },
  { key: 'question:q4', kind: 'question', label: 'Q4 维修质量', text: 'Q4 维修后设备是否一次修好？', ref: { touchpointId: 'tp-6', factor: 'need' }, before: [401, 3.8, 0.9, 0.66], after: [392, 4.1, 0.8, 0.78], p: 0.0002, q: 0.001, verdict: 'better' },
  { key: 'question:q5', kind: 'question', label: `Q5 ${HOSTILE.script}`, text: `Q5 ${HOSTILE.img} 您对交车说明满意吗？`, ref: { touchpointId: 'tp-evil', factor: 'emotion' }, before: [380, 3.5, 1.0, 0.5], after: [370, 3.3, 1.1, 0.45], p: 0.008, q: 0.02, verdict: 'worse' },
  { key: 'question:q6', kind: 'question', label: HOSTILE.formula, text: `${HOSTILE.formula} 回访电话是否有帮助？`, ref: { touchpointId: 'tp-12', factor: 'emotion' }, before: [26, 3.6, 1.2, 0.54], after: [22, 3.9, 1.1, 0.64], p: 0.33, q: 0.45, verdict: 'unclear' },
  { key: 'factor:need', kind: 'factor', label: 'need', text: 'Q3 · Q4', ref: { factor: 'need', questionIds: ['q-q3', 'q-q4'] }, before: [412, 3.45, 0.8, 0.52], after: [398, 3.62, 0.8, 0.6], p: 0.003, q: 0.008, verdict: 'better' },
  { key: 'factor:convenience', kind: 'factor', label: 'convenience', text: 'Q1 · Q2', ref: { factor: 'convenience', questionIds: ['q-q1', 'q-q2'] }, before: [412, 2.65, 0.9, 0.28], after: [398, 2.8, 0.9, 0.33], p: 0.02, q: 0.04, verdict: 'better' },
  { key: 'factor:emotion', kind: 'factor', label: 'emotion', text: 'Q5 · Q6', ref: { factor: 'emotion', questionIds: ['q-q5', 'q-q6'] }, before: [390, 3.5, 0.9, 0.5], after: [380, 3.45, 0.9, 0.49], p: 0.44, q: 0.58, verdict: 'unclear' },
  { key: 'touchpoint:tp-1', kind: 'touchpoint', label: '报修电话多次转接', text: 'Q2', ref: { touchpointId: 'tp-1', journeyId: 'journey-service' }, before: [410, 2.4, 1.2, 0.21], after: [395, 2.2, 1.2, 0.18], p: 0.019, q: 0.041, verdict: 'worse' },
  { key: 'department:dep-workshop', kind: 'department', label: '维修车间', text: 'Q4 · Q6', ref: { departmentId: 'dep-workshop' }, before: [401, 3.75, 0.9, 0.63], after: [392, 4.0, 0.8, 0.74], p: 0.001, q: 0.004, verdict: 'better' },
  { key: 'grouping:teamwork', kind: 'grouping', label: 'teamwork', text: 'Q3 · Q4', ref: { grouping: 'teamwork' }, before: [60, 3.3, 0.9, 0.45], after: [55, 3.35, 0.9, 0.47], p: 0.77, q: 0.8, verdict: 'unclear' },
];

function npsItem(group: string | null, scaleN: number): ComparisonItem {
  const nb = Math.round(400 * scaleN);
  const na = Math.round(388 * scaleN);
  const bp = npsParts(nb, Math.round(nb * 0.31), Math.round(nb * 0.38));
  const ap = npsParts(na, Math.round(na * 0.4), Math.round(na * 0.27));
  const diff = (ap.nps ?? 0) - (bp.nps ?? 0);
  const hidden = nb < 5 || na < 5;
  return {
    key: 'question:nps',
    kind: 'question',
    label: 'NPS 推荐意愿',
    code: null,
    text: '您有多大可能向朋友或同事推荐我们的售后服务？（0–10）',
    measure: 'nps',
    scale: { min: 0, max: 10 },
    ref: { questionIds: ['q-nps'], touchpointId: null, journeyId: null, departmentId: null, factor: null, grouping: null },
    group,
    before: hidden ? { n: nb, mean: null, sd: null, ci95: null, top2: null, nps: null, first: null } : { ...side(nb, 6.6, 2.6, 0.31), nps: bp },
    after: hidden ? { n: na, mean: null, sd: null, ci95: null, top2: null, nps: null, first: null } : { ...side(na, 7.3, 2.4, 0.4), nps: ap },
    delta: hidden ? null : diff,
    test: hidden ? null : 'nps',
    p: hidden ? null : 0.0004,
    q: hidden ? null : 0.002,
    tests: {
      welch: hidden ? null : { t: 3.9, df: 780, p: 0.0001 },
      mannWhitney: hidden ? null : { u: 66000, z: 3.7, p: 0.0002 },
      top2: hidden ? null : { diff: 0.09, z: 2.7, p: 0.007 },
      nps: hidden ? null : { diff, se: 6.1, z: diff / 6.1, p: 0.0004 },
    },
    cohenD: hidden ? null : 0.28,
    significant: !hidden,
    direction: 'higher-better',
    verdict: hidden ? 'untested' : 'better',
    smallSample: nb < 30 || na < 30,
    hidden,
  };
}

/** Whole round, then three regions: 华东 (large), 西南 (small sample) and a hostile, hidden group. */
export const FIXTURE_GROUPS = [
  { group: '华东', scale: 0.55 },
  { group: '西南', scale: 0.06 },
  { group: `${HOSTILE.script}${HOSTILE.formula}`, scale: 0.008 },
] as const;

export function fixtureComparison(): Comparison {
  const rows = (group: string | null, scale: number) => [
    ...SPECS.slice(0, 6).map((s) => item(s, group, scale)),
    npsItem(group, scale),
    ...SPECS.slice(6).map((s) => item(s, group, scale)),
  ];
  const items = [rows(null, 1), ...FIXTURE_GROUPS.map((g) => rows(g.group, g.scale))].flat();
  const overall = items.filter((i) => i.group === null);
  const count = (d: Verdict) => overall.filter((i) => i.verdict === d).length;
  return {
    before: { roundId: 'round-before', label: '基线 2026-H1', phase: 'external', surveyId: 'survey-cx', surveyName: '售后服务客户体验', responses: 420, fieldStart: '2026-03-01', fieldEnd: '2026-04-30' },
    after: { roundId: 'round-after', label: '复测 2026-H2', phase: 'external', surveyId: 'survey-cx', surveyName: '售后服务客户体验', responses: 405, fieldStart: '2026-09-01', fieldEnd: '2026-10-31' },
    by: 'region',
    privacyMin: 5,
    alpha: 0.05,
    attributes: ['region', 'tier'],
    groups: FIXTURE_GROUPS.map((g) => ({ group: g.group, before: Math.round(420 * g.scale), after: Math.round(405 * g.scale), hidden: Math.round(405 * g.scale) < 5 })),
    items,
    matching: 'same-survey',
    unmatched: [{ side: 'after', label: `Q9 新增：${HOSTILE.script}` }],
    summary: { better: count('better'), worse: count('worse'), changed: count('changed'), unclear: count('unclear'), untested: count('untested'), hidden: overall.filter((i) => i.hidden).length, small: overall.filter((i) => i.smallSample).length },
  };
}

export function fixtureMapComparison(): MapComparison {
  const state = (need: number | null, convenience: number | null, emotion: number | null, transfers: number) => ({ need, convenience, emotion, transfers, stage: '故障报修', lane: '服务前台' });
  return {
    journeyId: 'journey-service',
    journeyName: '售后维修服务',
    before: { label: '工作坊 2026-01', touchpoints: 14, transfers: 7, loyaltyKept: 0.9 ** 7, need: 3.2, convenience: 2.6, emotion: 2.4, painPoints: 6 },
    after: { label: '当前', touchpoints: 15, transfers: 4, loyaltyKept: 0.9 ** 4, need: 3.6, convenience: 3.1, emotion: 2.9, painPoints: 3 },
    touchpoints: [
      { id: 'tp-1', title: '报修电话多次转接', status: 'changed', before: state(2, 1, 1, 3), after: state(3, 2, 2, 1) },
      { id: 'tp-0', title: '热线语音导航', status: 'same', before: state(3, 2, 2, 0), after: state(3, 2, 2, 0) },
      { id: 'tp-evil', title: HOSTILE.img, status: 'added', before: null, after: state(4, null, 3, 0) },
      { id: 'tp-old', title: '纸质工单签字', status: 'removed', before: state(2, 2, 3, 0), after: null },
    ],
  };
}
