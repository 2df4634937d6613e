/**
 * The room's view of each touchpoint: distribution, median, mean, quartiles and a "discuss"
 * flag, with a per-department breakdown only where a department is large enough to stay
 * anonymous. Pure functions over the stored votes.
 */
import type { MeasureResult, NumericMeasure } from './types';

/** A disagreement this wide (in scale points, between the quartiles) is flagged. */
export const DISCUSS_IQR = 2;

/** Quantile by linear interpolation between order statistics (Excel's QUARTILE.INC, R type 7). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export interface DeptValue {
  value: number;
  department: string;
}

/** Result of one measure of one touchpoint from its votes. */
export function measureResult(measure: NumericMeasure, votes: readonly DeptValue[], privacyMin: number): MeasureResult {
  const sorted = votes.map((v) => v.value).sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q1 === null || q3 === null ? null : q3 - q1;
  const counts = new Map<number, number>();
  if (measure !== 'transfers') for (let v = 1; v <= 5; v++) counts.set(v, 0);
  for (const v of sorted) counts.set(v, (counts.get(v) ?? 0) + 1);
  const byDept = new Map<string, number[]>();
  for (const v of votes) {
    if (!v.department) continue;
    const list = byDept.get(v.department) ?? [];
    list.push(v.value);
    byDept.set(v.department, list);
  }
  const departments = [...byDept]
    .filter(([, xs]) => xs.length >= privacyMin)
    .map(([department, xs]) => ({ department, n: xs.length, median: quantile([...xs].sort((a, b) => a - b), 0.5)!, mean: mean(xs)! }))
    .sort((a, b) => a.department.localeCompare(b.department));
  return {
    measure,
    n: sorted.length,
    median: quantile(sorted, 0.5),
    mean: mean(sorted),
    q1,
    q3,
    iqr,
    discuss: iqr !== null && iqr >= DISCUSS_IQR,
    distribution: [...counts].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count })),
    departments,
  };
}

/** The value written to the map: the median, rounded half up to a whole scale point. */
export function appliedValue(median: number | null): number | null {
  return median === null ? null : Math.floor(median + 0.5);
}
