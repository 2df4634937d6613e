/**
 * Built-in answer-label sets (zh and en) and recognising which one a column uses, so
 * "非常满意" and "5 - Strongly agree" become numbers without the user typing a map.
 * Label wording follows the tools' defaults (Qualtrics, SurveyMonkey, 问卷星 templates).
 */

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
  let s = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
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
 * Which built-in label set a column's distinct answers use, and the value of every answer
 * (plus every label of the set, so other rounds' answers resolve too). All answers must
 * belong to the set, at least one must be a word label (a column of bare numbers is numeric,
 * not a scale), and two different answers may not share a value (so "Agree" and
 * "Somewhat agree" together make a 7-point scale, not a 5-point one). `null` when none fits.
 */
export function matchScale(distinctAnswers: readonly string[]): { scaleId: string; values: Record<string, number> } | null {
  const answers = [...new Set(distinctAnswers)].filter((a) => !SKIPS.has(a.normalize('NFKC').trim()));
  if (answers.length === 0) return null;
  const keys = answers.map(scaleKey);
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
    return { scaleId: SCALES[s]!.id, values: { ...values } };
  }
  return null;
}

/** The value of one answer under `values` from `matchScale`; `null` when it is not on the scale. */
export function toScaleValue(raw: string, values: Readonly<Record<string, number>>): number | null {
  if (Object.hasOwn(values, raw)) return values[raw]!;
  const k = scaleKey(raw);
  return Object.hasOwn(values, k) ? values[k]! : null;
}
