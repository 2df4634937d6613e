/**
 * Types a new question from every answer of its column: 0–10 → NPS, a known label set →
 * Likert (with "don't know"-style answers as missing), a small recurring option set →
 * single choice (rare one-off answers are write-ins under "Other"), cells joined from a
 * small recurring option set → multiple choice, else text. Options that are ranges (ages,
 * incomes) are listed in their natural order.
 */
import { joinerOf, makeSplitter, matchScale, multiSeparator, toScaleValue } from './answers';
import { type ColumnMapping, answerKey } from './mapping';
import type { Label } from './types';

export interface ColumnStats {
  /** Distinct non-empty answers, most frequent first. */
  distinct: string[];
  filled: number;
  /** How often each distinct answer occurs (parallel to `distinct`); absent when only a sample is known. */
  counts?: number[];
}

const NPS_HINT = /likely|recommend|推荐|\bnps\b/i;
const NUMERIC = /^[+-]?\d+(\.\d+)?$/;
const SCORE = /^(\d{1,2})\s*分$/;
const DECIMAL_COMMA = /^[+-]?\d+(,\d+)?$/;
const MAX_SINGLE_OPTIONS = 15;
/** Most answers must fall on options chosen at least twice for a column to be a choice question with write-ins. */
const CORE_SHARE = 0.8;
const OTHER = /^(other|others|otro|otra|otros|autre|andere)\b|^(other|其他|其它)[\s(:：【[（]|^(其他|其它)$/i;
const WJX_WRITE_IN = /^(.*?)〖[\s\S]*〗\s*$/;

const optionLabels = (options: readonly string[]): Label[] => options.map((o, i) => ({ value: i + 1, 'zh-CN': o, en: o }));
export const valuesOf = (labels: readonly Label[]): Record<string, number> =>
  Object.fromEntries(labels.flatMap((l) => [[answerKey(l['zh-CN']), l.value] as const, [answerKey(l.en), l.value] as const]));

/** The position of a range-like option ("18-29", "> 60", "3000元以下", "$150,000+"); null when it has no number. */
function rangeRank(option: string): number | null {
  const s = option.normalize('NFKC').replace(/(\d),(\d{3})/g, '$1$2');
  const m = /(\d+(?:\.\d+)?)/.exec(s);
  if (!m) return null;
  let v = Number(m[1]);
  if (/以下|以内|under|less than|below|^\s*</i.test(s)) v -= 0.5;
  if (/以上|及以上|超过|over|more than|or more|\+|^\s*>/i.test(s)) v += 0.5;
  return v;
}

/** Options in natural order when most of them are ranges or counts; others keep their order after them. */
export function naturalOrder(options: readonly string[]): string[] {
  const ranked = options.map((o) => ({ o, r: rangeRank(o) }));
  const withNumber = ranked.filter((x) => x.r !== null);
  if (withNumber.length < 2 || withNumber.length * 5 < options.length * 3) return [...options];
  return [...withNumber.sort((a, b) => a.r! - b.r!).map((x) => x.o), ...ranked.filter((x) => x.r === null).map((x) => x.o)];
}

const countOf = (stats: ColumnStats, i: number) => stats.counts?.[i] ?? 1;

/** A choice question's options: those chosen at least twice (all when few), and whether rarer answers are write-ins. */
function coreOptions(stats: ColumnStats, tool: string): { options: string[]; writeIns: boolean } | null {
  const d = stats.distinct;
  if (d.length <= MAX_SINGLE_OPTIONS && !d.some((v) => WJX_WRITE_IN.test(v))) {
    if (!d.every((v) => v.length <= 200)) return null;
    // Five or more answers, no two alike: comments, not options.
    if (stats.counts && stats.filled >= 5 && stats.counts.every((c) => c === 1)) return null;
    // Answers given once among options chosen again and again are "Other:" write-ins (问卷星 marks its own with 〖〗).
    const recurring = d.filter((_, i) => countOf(stats, i) >= 2);
    const oneOffs = d.length - recurring.length;
    if (tool !== 'wenjuanxing' && stats.counts && stats.filled >= 20 && recurring.length >= 2 && oneOffs > 0 && oneOffs <= stats.filled * 0.2) {
      return { options: recurring, writeIns: true };
    }
    return { options: d, writeIns: false };
  }
  if (!stats.counts) return null;
  const core: string[] = [];
  let covered = 0;
  d.forEach((v, i) => {
    if (countOf(stats, i) >= 2 && !WJX_WRITE_IN.test(v) && v.length <= 200) {
      core.push(v);
      covered += countOf(stats, i);
    }
  });
  const wjxOptions = new Set(d.map((v) => WJX_WRITE_IN.exec(v)?.[1]).filter((x): x is string => !!x));
  for (const o of wjxOptions) {
    if (!core.includes(o)) core.push(o);
    covered += d.reduce((n, v, i) => (WJX_WRITE_IN.exec(v)?.[1] === o ? n + countOf(stats, i) : n), 0);
  }
  if (core.length === 0 || core.length > MAX_SINGLE_OPTIONS * 2 || covered < stats.filled * CORE_SHARE) return null;
  return { options: core, writeIns: core.length < d.length };
}

/** A choice mapping with an "Other" option for write-ins (an existing "Other…" option, or one added). */
function choice(base: { action: 'question'; questionId: null; text: string; code: string | null }, type: 'single' | 'multiple', options: string[], writeIns: boolean, joiner?: string): ColumnMapping {
  const seen = new Set<string>();
  const ordered = naturalOrder(options.filter((o) => !seen.has(answerKey(o)) && seen.add(answerKey(o))));
  const labels = optionLabels(ordered);
  let other: number | null = labels.find((l) => OTHER.test(l.en.trim()))?.value ?? null;
  if (writeIns && other === null) {
    other = labels.length + 1;
    labels.push({ value: other, en: 'Other', 'zh-CN': '其他' });
  }
  return { ...base, type, scaleMin: null, scaleMax: null, labels, values: valuesOf(labels), other: writeIns ? other : null, ...(joiner ? { joiner } : {}) };
}

/**
 * The candidate options of a joined column: every fragment between separators, plus the
 * options that contain the separator ("Yes, often", "Curso en línea (por ejemplo, Coursera,
 * edX)") — fragments that always appear together, next to each other, are one option.
 */
function optionsWithSeparator(stats: ColumnStats, sep: string): string[] {
  const occ = new Map<string, number>();
  const next = new Map<string, Map<string, number>>();
  const cells = stats.distinct.map((v, i) => {
    const raw = v.split(sep);
    return { raw, parts: raw.map((p) => p.trim()), n: countOf(stats, i) };
  });
  const first = new Set(cells.map((c) => c.parts[0]!));
  for (const { parts, n } of cells) {
    parts.forEach((p, k) => {
      occ.set(p, (occ.get(p) ?? 0) + n);
      if (k + 1 < parts.length) {
        const m = next.get(p) ?? new Map<string, number>();
        m.set(parts[k + 1]!, (m.get(parts[k + 1]!) ?? 0) + n);
        next.set(p, m);
      }
    });
  }
  // b always follows a and never starts a cell (an option does, a fragment does not); both one-offs glue too.
  const glued = (a: string, b: string) => {
    const n = next.get(a)?.get(b) ?? 0;
    return n === occ.get(a) && (n === occ.get(b) || !first.has(b));
  };
  const out = new Set<string>(occ.keys());
  for (const { raw, parts } of cells) {
    for (let k = 0; k < parts.length; k++) {
      let j = k;
      while (j + 1 < parts.length && glued(parts[j]!, parts[j + 1]!)) j++;
      // The option as written: "Chat, web or app" keeps its space where the joiner is a bare comma.
      if (j > k) out.add(raw.slice(k, j + 1).join(sep).trim());
      k = j;
    }
  }
  return [...out];
}

/**
 * Multiple choice only when it is: cells joined with the tool's separator whose parts recur
 * as a small option set, in at least 5% of the answers. Options containing the separator
 * are matched whole first.
 */
function multipleOptions(stats: ColumnStats, tool: string): { options: string[]; writeIns: boolean; joiner?: string } | null {
  const d = stats.distinct;
  const sep = joinerOf(tool, d, stats.counts);
  const own = sep === multiSeparator(tool);
  const core = sep.trim() || sep;
  if (!d.some((v) => v.includes('┋') || v.includes(core))) return null;
  const split = makeSplitter(tool, d.some((v) => v.includes('┋')) ? [] : optionsWithSeparator(stats, sep), own ? undefined : sep);
  const partCount = new Map<string, number>();
  let joinedRows = 0;
  d.forEach((v, i) => {
    const parts = split(v);
    if (parts.length > 1) joinedRows += countOf(stats, i);
    for (const p of new Set(parts.map((x) => x.trim()))) partCount.set(p, (partCount.get(p) ?? 0) + countOf(stats, i));
  });
  if (joinedRows < Math.max(2, stats.filled * 0.05)) return null;
  const total = [...partCount.values()].reduce((a, b) => a + b, 0);
  const recurring = [...partCount.entries()].filter(([p, c]) => c >= 2 && p.length <= 200 && !WJX_WRITE_IN.test(p)).sort((a, b) => b[1] - a[1]);
  // 问卷星 marks its write-ins (其他〖…〗): they belong to an option, like the recurring parts.
  const marked = [...partCount.entries()].reduce((a, [p, c]) => (WJX_WRITE_IN.test(p) ? a + c : a), 0);
  const covered = recurring.reduce((a, [, c]) => a + c, 0) + marked;
  if (recurring.length === 0 || recurring.length > 40 || covered < total * CORE_SHARE) return null;
  // One answer per cell whose options contain the joiner ("Yes, every day", "No, rarely"): no
  // cell is made of other cells, and splitting gives more parts than there are answers. Chosen
  // options combine, so a multi-select has cells made of others or more cells than options.
  if (!d.some((v) => v.includes('┋'))) {
    const whole = new Set(d);
    const composite = d.some((v) => {
      const parts = split(v);
      return parts.length > 1 && parts.every((p) => whole.has(p.trim()));
    });
    if (!composite && d.length < recurring.length) return null;
  }
  const options = recurring.map(([p]) => p);
  for (const p of partCount.keys()) {
    const wjx = WJX_WRITE_IN.exec(p)?.[1];
    if (wjx && !options.includes(wjx)) options.push(wjx);
  }
  return { options, writeIns: recurring.length < partCount.size, ...(own ? {} : { joiner: sep }) };
}

/** Answers needed before one of them can be called stray rather than a point of the scale. */
const STRAY_MIN_FILLED = 20;

/**
 * Whether whole numbers (one per distinct answer) are answers on `lo`–`hi` with a few strays
 * off it — a 9 among 1–5 answers is a slip, not a sign of a 0–10 scale. Strays are at most 2%
 * of the answers (one in a small column), of at most two values, never the point just past the
 * top (a 6 suggests a longer scale); the answers on the scale use at least three of its points.
 */
function fitsWithStrays(nums: readonly number[], stats: ColumnStats, lo: number, hi: number): boolean {
  if (stats.filled < STRAY_MIN_FILLED || !stats.counts) return false;
  let off = 0;
  let offValues = 0;
  let onValues = 0;
  let top = -Infinity;
  for (let i = 0; i < nums.length; i++) {
    const v = nums[i]!;
    if (v >= lo && v <= hi) {
      onValues++;
      top = Math.max(top, v);
    } else if (v === hi + 1) return false;
    else {
      off += countOf(stats, i);
      offValues++;
    }
  }
  // A 0–10 scale needs answers across its range, its top third included.
  if (hi === 10 && top <= 7) return false;
  return off > 0 && offValues <= 2 && onValues >= 3 && off <= Math.max(1, Math.floor(stats.filled * 0.02));
}

/**
 * The scale a column of whole numbers is on, from how its answers are spread: 1–5 or 1–7 when
 * (nearly) all answers are on it, else 0–10 when they reach past 7 (or the question asks how
 * likely one is to recommend), else none (a plain number).
 */
function integerScale(nums: readonly number[], stats: ColumnStats, npsHint: boolean): readonly [number, number] | null {
  const min = Math.min(...nums);
  const max = Math.max(...nums);
  const on = (lo: number, hi: number) => min >= lo && max <= hi;
  if (!on(1, 7) && fitsWithStrays(nums, stats, 1, 5)) return [1, 5];
  if (on(0, 10) && (max > 7 || npsHint)) return [0, 10];
  if (on(1, 5)) return [1, 5];
  if (on(1, 7)) return [1, 7];
  if (fitsWithStrays(nums, stats, 1, 7)) return [1, 7];
  if (fitsWithStrays(nums, stats, 0, 10)) return [0, 10];
  return null;
}

/**
 * Types a new question from its answers. `optionCodes`: the file holds option numbers, not
 * answer texts (问卷星's "按选项序号" download), so small whole numbers are numbered options.
 */
export function inferQuestion(text: string, code: string | null, stats: ColumnStats, tool: string, optionCodes = tool === 'wenjuanxing'): ColumnMapping {
  const base = { action: 'question' as const, questionId: null, text, code };
  const d = stats.distinct;
  if (d.length === 0) return { ...base, type: 'text', scaleMin: null, scaleMax: null, labels: [], values: {} };
  let numeric = d.map((v) => SCORE.exec(v.normalize('NFKC').trim())?.[1] ?? v);
  // European Excel writes 3,5 for 3.5: a comma followed by other than three digits is no thousands separator.
  const decimalComma = !numeric.every((v) => NUMERIC.test(v)) && numeric.every((v) => DECIMAL_COMMA.test(v)) && numeric.some((v) => /,(\d{1,2}|\d{4,})$/.test(v));
  if (decimalComma) numeric = numeric.map((v) => v.replace(',', '.'));
  if (numeric.every((v) => NUMERIC.test(v))) {
    const nums = numeric.map(Number);
    const ints = nums.every(Number.isInteger);
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    const values: Record<string, number> = {};
    d.forEach((v, i) => (values[answerKey(v)] = nums[i]!));
    // 问卷星's option-number export: small codes are numbered options, not a scale.
    if (optionCodes && ints && min >= 1 && max <= 30 && d.every((v) => NUMERIC.test(v))) {
      const labels = optionLabels(Array.from({ length: max }, (_, i) => String(i + 1)));
      return { ...base, type: 'single', scaleMin: null, scaleMax: null, labels, values: valuesOf(labels), other: null };
    }
    const scale = ints ? integerScale(nums, stats, NPS_HINT.test(text)) : null;
    if (scale?.[1] === 10) return { ...base, type: 'nps', scaleMin: 0, scaleMax: 10, labels: [], values };
    if (scale) return { ...base, type: 'likert', scaleMin: scale[0], scaleMax: scale[1], labels: [], values };
    return { ...base, type: 'number', scaleMin: null, scaleMax: null, labels: [], values: {}, ...(decimalComma ? { decimalComma } : {}) };
  }
  const scale = matchScale(d);
  if (scale) {
    const values: Record<string, number> = {};
    for (const raw of d) {
      const v = toScaleValue(raw, scale.values);
      if (v !== null) values[answerKey(raw)] = v;
    }
    const nums = scale.points.map((p) => p.value);
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    const type = min === 0 && max === 10 ? 'nps' : 'likert';
    const labels = scale.points.filter((p) => Number.isNaN(Number(p.en))).map((p) => ({ value: p.value, en: p.en, 'zh-CN': p.zh }));
    return { ...base, type, scaleMin: min, scaleMax: max, labels, values, missing: scale.missing.map(answerKey) };
  }
  const multi = multipleOptions(stats, tool);
  if (multi) return choice(base, 'multiple', multi.options, multi.writeIns, multi.joiner);
  const single = coreOptions(stats, tool);
  if (single) return choice(base, 'single', single.options, single.writeIns);
  return { ...base, type: 'text', scaleMin: null, scaleMax: null, labels: [], values: {} };
}
