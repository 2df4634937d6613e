/**
 * Implausible numbers — an age of 99999999999, a year of −1726 — flagged by one documented
 * rule: a value more than three interquartile ranges below the first quartile or above the
 * third (Tukey's "far out" fences) is an outlier. It needs at least 10 answers and some
 * spread (IQR > 0). Outliers are kept beside the answers and left out of means, unless
 * the import keeps them (`--keep-outliers`, the wizard's "Keep implausible numbers").
 */

export const OUTLIER_FENCE = 3;
const MIN_ANSWERS = 10;

function quantile(sorted: Float64Array, p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The rule's fences for `values` (NaN = no answer); null when the rule does not apply. */
export function outlierFences(values: Float64Array): [number, number] | null {
  const present = values.filter((v) => !Number.isNaN(v)).sort();
  if (present.length < MIN_ANSWERS) return null;
  const q1 = quantile(present, 0.25);
  const q3 = quantile(present, 0.75);
  const iqr = q3 - q1;
  if (!(iqr > 0)) return null;
  return [q1 - OUTLIER_FENCE * iqr, q3 + OUTLIER_FENCE * iqr];
}

/**
 * Rows whose value lies outside the fences. Unless `keep`, their value is cleared (NaN) in
 * place and returned in `raw`, so the caller can keep it as a note.
 */
export function flagOutliers(values: Float64Array, keep: boolean): { rows: number[]; raw: Map<number, number>; low: number; high: number } {
  const fences = outlierFences(values);
  const raw = new Map<number, number>();
  if (!fences) return { rows: [], raw, low: NaN, high: NaN };
  const [low, high] = fences;
  const rows: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || (v >= low && v <= high)) continue;
    rows.push(i);
    raw.set(i, v);
    if (!keep) values[i] = NaN;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { rows, raw, low: round(low), high: round(high) };
}
