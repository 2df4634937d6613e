/**
 * Built-in answer-label sets (zh and en) and recognising which one a column uses, so
 * "非常满意" and "5 - Strongly agree" become numbers without the user typing a map.
 * Label wording follows the tools' defaults (Qualtrics, SurveyMonkey, 问卷星 templates).
 */
import { simplified } from './traditional';

/** One point of a label set: its value and its wordings. */
export interface ScalePoint {
  value: number;
  en: string;
  zh: string;
  /** Other wordings of the same point seen in exports. */
  aliases?: readonly string[];
}

/** A built-in label set (`satisfaction-5`, `agreement-7`, …). */
export interface ScaleDef {
  id: string;
  points: readonly ScalePoint[];
}

/** In the order a column matching several is attributed (most common in CX surveys first). */
export const SCALES: readonly ScaleDef[] = [
  {
    id: 'satisfaction-5',
    points: [
      { value: 1, en: 'Very dissatisfied', zh: '非常不满意', aliases: ['Extremely dissatisfied', '很不满意'] },
      { value: 2, en: 'Dissatisfied', zh: '不满意', aliases: ['Somewhat dissatisfied', '比较不满意', '较不满意'] },
      { value: 3, en: 'Neither satisfied nor dissatisfied', zh: '一般', aliases: ['Neutral', 'Neither satisfied or dissatisfied', '中立', '说不清'] },
      { value: 4, en: 'Satisfied', zh: '满意', aliases: ['Somewhat satisfied', '比较满意', '较满意'] },
      { value: 5, en: 'Very satisfied', zh: '非常满意', aliases: ['Extremely satisfied', '很满意'] },
    ],
  },
  {
    id: 'agreement-5',
    points: [
      { value: 1, en: 'Strongly disagree', zh: '非常不同意', aliases: ['Completely disagree', '完全不同意', '很不同意'] },
      { value: 2, en: 'Disagree', zh: '不同意', aliases: ['Somewhat disagree', '比较不同意', '有点不同意'] },
      { value: 3, en: 'Neither agree nor disagree', zh: '一般', aliases: ['Neutral', 'Neither agree or disagree', '中立', '不确定', '说不清'] },
      { value: 4, en: 'Agree', zh: '同意', aliases: ['Somewhat agree', '比较同意', '有点同意'] },
      { value: 5, en: 'Strongly agree', zh: '非常同意', aliases: ['Completely agree', '完全同意', '很同意'] },
    ],
  },
  {
    id: 'agreement-7',
    points: [
      { value: 1, en: 'Strongly disagree', zh: '非常不同意', aliases: ['完全不同意'] },
      { value: 2, en: 'Disagree', zh: '不同意' },
      { value: 3, en: 'Somewhat disagree', zh: '有点不同意', aliases: ['比较不同意'] },
      { value: 4, en: 'Neither agree nor disagree', zh: '一般', aliases: ['Neutral', 'Neither agree or disagree', '中立', '不确定'] },
      { value: 5, en: 'Somewhat agree', zh: '有点同意', aliases: ['比较同意'] },
      { value: 6, en: 'Agree', zh: '同意' },
      { value: 7, en: 'Strongly agree', zh: '非常同意', aliases: ['完全同意'] },
    ],
  },
  {
    id: 'quality-5',
    points: [
      { value: 1, en: 'Poor', zh: '很差', aliases: ['Very poor', '非常差'] },
      { value: 2, en: 'Fair', zh: '差', aliases: ['较差', '比较差'] },
      { value: 3, en: 'Good', zh: '一般' },
      { value: 4, en: 'Very good', zh: '好', aliases: ['较好', '比较好', '良好'] },
      { value: 5, en: 'Excellent', zh: '很好', aliases: ['非常好', '优秀'] },
    ],
  },
  {
    id: 'favourability-5',
    points: [
      { value: 1, en: 'Very unfavorably', zh: '非常不喜欢', aliases: ['Very unfavourably', 'Very unfavorable', 'Very unfavourable'] },
      { value: 2, en: 'Somewhat unfavorably', zh: '比较不喜欢', aliases: ['Somewhat unfavourably', 'Somewhat unfavorable', 'Unfavorable', 'Unfavourable', '不喜欢'] },
      { value: 3, en: 'Neither favorably nor unfavorably', zh: '一般', aliases: ['Neither favorably nor unfavorably (neutral)', 'Neither favourably nor unfavourably', 'Neutral'] },
      { value: 4, en: 'Somewhat favorably', zh: '比较喜欢', aliases: ['Somewhat favourably', 'Somewhat favorable', 'Favorable', 'Favourable', '喜欢'] },
      { value: 5, en: 'Very favorably', zh: '非常喜欢', aliases: ['Very favourably', 'Very favorable', 'Very favourable'] },
    ],
  },
  {
    id: 'ease-5',
    points: [
      { value: 1, en: 'Very difficult', zh: '很难', aliases: ['Very hard', 'Extremely difficult', '非常难', '非常困难', '很困难'] },
      { value: 2, en: 'Somewhat difficult', zh: '比较难', aliases: ['Difficult', 'Hard', 'Somewhat hard', '难', '困难', '比较困难'] },
      { value: 3, en: 'Neither easy nor difficult', zh: '一般', aliases: ['Neutral', 'Neither difficult nor easy'] },
      { value: 4, en: 'Somewhat easy', zh: '比较容易', aliases: ['Easy', '容易', '较容易'] },
      { value: 5, en: 'Very easy', zh: '很容易', aliases: ['Extremely easy', '非常容易'] },
    ],
  },
  {
    id: 'frequency-5',
    points: [
      { value: 1, en: 'Never', zh: '从不', aliases: ['从来没有', '从未'] },
      { value: 2, en: 'Rarely', zh: '很少', aliases: ['Seldom', 'Once in a while', '偶尔'] },
      { value: 3, en: 'Sometimes', zh: '有时', aliases: ['About half the time', 'Occasionally', '有时候'] },
      { value: 4, en: 'Often', zh: '经常', aliases: ['Usually', 'Most of the time', 'Frequently', '通常'] },
      { value: 5, en: 'Always', zh: '总是', aliases: ['Every time', '一直', '每次'] },
    ],
  },
  {
    id: 'importance-5',
    points: [
      { value: 1, en: 'Not at all important', zh: '非常不重要', aliases: ['Not important at all', '完全不重要', '很不重要'] },
      { value: 2, en: 'Slightly important', zh: '不重要', aliases: ['Not very important', 'Not important', '不太重要'] },
      { value: 3, en: 'Moderately important', zh: '一般', aliases: ['Somewhat important', 'Neutral'] },
      { value: 4, en: 'Very important', zh: '重要', aliases: ['Important', '比较重要'] },
      { value: 5, en: 'Extremely important', zh: '非常重要', aliases: ['很重要'] },
    ],
  },
  {
    id: 'likelihood-5',
    points: [
      { value: 1, en: 'Very unlikely', zh: '非常不可能', aliases: ['Extremely unlikely', '很不可能', '肯定不会'] },
      { value: 2, en: 'Unlikely', zh: '不太可能', aliases: ['Somewhat unlikely', '不可能', '可能不会'] },
      { value: 3, en: 'Neither likely nor unlikely', zh: '不确定', aliases: ['Neutral', '一般'] },
      { value: 4, en: 'Likely', zh: '可能', aliases: ['Somewhat likely', '比较可能', '可能会'] },
      { value: 5, en: 'Very likely', zh: '非常可能', aliases: ['Extremely likely', '很可能', '肯定会'] },
    ],
  },
  {
    id: 'likelihood-11',
    points: [
      { value: 0, en: 'Not at all likely', zh: '完全不可能', aliases: ['Not likely at all', '绝对不会', '完全不会'] },
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => ({ value: v, en: String(v), zh: String(v) })),
      { value: 10, en: 'Extremely likely', zh: '极有可能', aliases: ['Very likely', '非常可能', '非常愿意', '一定会'] },
    ],
  },
];

/**
 * The comparable form of an answer label: NFKC (full-width digits and brackets), lower
 * case, one space, and without numbering around it — "5 - Strongly agree", "A. 满意",
 * "(4) Agree", "满意(4分)" all reduce to the label.
 */
export function scaleKey(raw: string): string {
  let s = simplified(raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' '));
  const bare = s;
  s = s
    .replace(/^\(\s*\d{1,2}\s*\)\s*/, '')
    .replace(/^(?:\d{1,2}|[a-z])\s*(?:[-–—.:、)]\s*)+(?=\S)/, '')
    .replace(/\s*\(\s*\d{1,2}\s*分?\s*\)$/, '')
    .replace(/[.。]$/, '')
    .trim();
  return s || bare;
}

const LOOKUPS = SCALES.map((scale) => {
  const m = new Map<string, number>();
  for (const p of scale.points) for (const label of [p.en, p.zh, ...(p.aliases ?? [])]) m.set(scaleKey(label), p.value);
  for (const p of scale.points) m.set(String(p.value), p.value);
  return m;
});

const INTEGER = /^\d{1,2}$/;
const SKIPS = new Set(['', '(跳过)', '(空)']);

/**
 * Answers that mean "no rating" on any scale: the respondent does not know, has no opinion
 * or the item does not apply. They are counted as missing, never as a scale point.
 */
const MISSING = new Set(
  [
    "don't know", 'dont know', 'do not know', "don't know / not sure", 'not sure', 'unsure', 'not applicable', 'n/a', 'na', 'n.a', 'unfamiliar (n/a)',
    'unfamiliar', 'no opinion', 'prefer not to say', 'prefer not to answer', 'no answer', 'cannot say', "can't say", 'does not apply',
    '不适用', '不清楚', '无法评价', '未接触', '不知道', '没接触过', '未使用', '没用过', '不了解', '无法回答', '拒绝回答', '不知道/拒绝回答', '不好说',
  ].map((s) => s.normalize('NFKC').toLowerCase()),
);

/** Whether an answer label means "no rating" ("Don't know", "Unfamiliar (N/A)", "不适用"). */
export function isMissingLabel(raw: string): boolean {
  const bare = simplified(raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'"));
  if (MISSING.has(bare) || MISSING.has(scaleKey(bare))) return true;
  return /\(n\/a\)$|^n\/a\b|\bnot applicable\b|\bdon'?t know\b/.test(bare);
}

/** "3分" → "3": a bare score with the Chinese unit. */
const SCORE = /^(\d{1,2})\s*分$/;

/** A scale a column's answers use: its id, the value of every answer, its labels and the answers that mean "missing". */
export interface ScaleMatch {
  scaleId: string;
  values: Record<string, number>;
  points: readonly ScalePoint[];
  /** Answers (as given) that mean "no rating". */
  missing: string[];
}

/**
 * Which built-in label set a column's distinct answers use, and the value of every answer
 * (plus every label of the set, so other rounds' answers resolve too). All answers must
 * belong to the set (or mean "missing": "Don't know", "不适用"), at least one must be a word
 * label (a column of bare numbers is numeric, not a scale), and two different answers may
 * not share a value (so "Agree" and "Somewhat agree" together make a 7-point scale, not a
 * 5-point one). `null` when none fits.
 */
export function matchScale(distinctAnswers: readonly string[]): ScaleMatch | null {
  const all = [...new Set(distinctAnswers)].filter((a) => !SKIPS.has(a.normalize('NFKC').trim()));
  const missing = all.filter(isMissingLabel);
  const answers = all.filter((a) => !isMissingLabel(a));
  if (answers.length === 0) return null;
  const keys = answers.map((a) => {
    const k = scaleKey(a);
    return SCORE.exec(k)?.[1] ?? k;
  });
  if (keys.every((k) => INTEGER.test(k))) return null;
  for (let s = 0; s < SCALES.length; s++) {
    const lookup = LOOKUPS[s]!;
    const byValue = new Map<number, string>();
    let ok = true;
    for (const k of keys) {
      const v = lookup.get(k);
      const other = v === undefined ? undefined : byValue.get(v);
      if (v === undefined || (other !== undefined && other !== k && !(INTEGER.test(k) || INTEGER.test(other)))) {
        ok = false;
        break;
      }
      byValue.set(v, k);
    }
    if (!ok) continue;
    const values: Record<string, number> = Object.create(null);
    for (const [k, v] of lookup) values[k] = v;
    answers.forEach((a, i) => (values[a] = lookup.get(keys[i]!)!));
    return { scaleId: SCALES[s]!.id, values: { ...values }, points: SCALES[s]!.points, missing };
  }
  return null;
}

/** The value of one answer under `values` from `matchScale`; `null` when it is not on the scale. */
export function toScaleValue(raw: string, values: Readonly<Record<string, number>>): number | null {
  if (Object.hasOwn(values, raw)) return values[raw]!;
  let k = scaleKey(raw);
  k = SCORE.exec(k)?.[1] ?? k;
  return Object.hasOwn(values, k) ? values[k]! : null;
}
