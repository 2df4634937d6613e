/**
 * Reference values were computed independently with SciPy 1.17 (scipy.stats.ttest_ind with
 * equal_var=False, mannwhitneyu(method="asymptotic", use_continuity=True),
 * false_discovery_control(method="bh")) and, for the z-tests, from the textbook formulas
 * with scipy.stats.norm — on the same raw answers the counts below describe.
 */
import { describe, expect, it } from 'vitest';
import { describeCounts, npsOf, type ValueCount } from '../../../../../shared/domain/stats/describe';
import { benjaminiHochberg, cohensD, mannWhitney, npsDifference, twoProportionZ, welchTest } from '../../../../../shared/domain/stats/significance';

const counts = (pairs: [number, number][]): ValueCount[] => pairs.map(([value, count]) => ({ value, count }));
const fromRaw = (xs: number[]): ValueCount[] => {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count }));
};
const sig = (x: number, digits = 6) => Number(x.toPrecision(digits));

// 40 answers before, 42 after, 1–5 scale, many ties.
const before = counts([[1, 4], [2, 6], [3, 10], [4, 12], [5, 8]]);
const after = counts([[1, 2], [2, 3], [3, 7], [4, 14], [5, 16]]);

describe('welchTest', () => {
  it('matches SciPy on tied Likert data', () => {
    const r = welchTest(describeCounts(before), describeCounts(after))!;
    expect(sig(r.t)).toBe(sig(2.189605338));
    expect(sig(r.df)).toBe(sig(78.30847146));
    expect(sig(r.p)).toBe(sig(0.03153011599));
  });

  it('matches SciPy on small unequal samples, negative change', () => {
    const r = welchTest(describeCounts(fromRaw([3, 3, 4, 5, 5])), describeCounts(fromRaw([1, 2, 2, 3, 3, 4])))!;
    expect(sig(r.t)).toBe(sig(-2.422718559));
    expect(sig(r.df)).toBe(sig(8.787375415));
    expect(sig(r.p)).toBe(sig(0.03906044028));
  });

  it('is undefined for n = 1 and for zero variance on both sides', () => {
    expect(welchTest(describeCounts(counts([[4, 1]])), describeCounts(after))).toBeNull();
    expect(welchTest(describeCounts(counts([[4, 10]])), describeCounts(counts([[5, 10]])))).toBeNull();
  });

  it('works when only one side has spread', () => {
    const r = welchTest(describeCounts(counts([[4, 10]])), describeCounts(counts([[4, 5], [5, 5]])))!;
    // b: mean 4.5, sd √(10·0.25/9); t = 0.5 / (sd/√10); df = n_b − 1 = 9
    const sd = Math.sqrt((10 * 0.25) / 9);
    expect(r.t).toBeCloseTo(0.5 / (sd / Math.sqrt(10)), 10);
    expect(r.df).toBeCloseTo(9, 10);
  });
});

describe('mannWhitney', () => {
  it('matches SciPy with ties and continuity correction', () => {
    const r = mannWhitney(before, after)!;
    expect(r.u).toBe(1070);
    expect(r.z).toBeGreaterThan(0);
    expect(sig(r.p)).toBe(sig(0.02747851124));
  });

  it('matches SciPy on small samples with ties', () => {
    const r = mannWhitney(fromRaw([3, 3, 4, 5, 5]), fromRaw([1, 2, 2, 3, 3, 4]))!;
    expect(r.u).toBe(4.5);
    expect(r.z).toBeLessThan(0);
    expect(sig(r.p)).toBe(sig(0.05980900023));
  });

  it('separates two all-same groups that differ (zero variance within each)', () => {
    const r = mannWhitney(counts([[4, 10]]), counts([[5, 10]]))!;
    expect(r.u).toBe(100);
    expect(sig(r.p)).toBe(sig(1.593791169e-5));
  });

  it('gives p = 1 for one answer each, and null when every answer is the same or a side is empty', () => {
    expect(mannWhitney(counts([[4, 1]]), counts([[5, 1]]))!.p).toBe(1);
    expect(mannWhitney(counts([[3, 7]]), counts([[3, 9]]))).toBeNull();
    expect(mannWhitney([], after)).toBeNull();
  });
});

describe('twoProportionZ', () => {
  it('matches the pooled z-test', () => {
    const r = twoProportionZ(20, 40, 30, 42)!;
    expect(sig(r.z)).toBe(sig(1.988358979));
    expect(sig(r.p)).toBe(sig(0.0467720022));
    expect(r.diff).toBeCloseTo(30 / 42 - 0.5, 12);
  });

  it('is undefined for an empty side or a pooled share of 0 or 1', () => {
    expect(twoProportionZ(0, 0, 3, 10)).toBeNull();
    expect(twoProportionZ(10, 10, 12, 12)).toBeNull();
    expect(twoProportionZ(0, 10, 0, 12)).toBeNull();
  });
});

describe('npsDifference', () => {
  it('uses the variance p⁺ + p⁻ − (p⁺ − p⁻)² per side', () => {
    const a = npsOf(counts([[10, 30], [8, 40], [3, 30]]));
    const b = npsOf(counts([[9, 45], [7, 35], [0, 20]]));
    const r = npsDifference(a, b)!;
    expect(r.diff).toBeCloseTo(25, 10);
    expect(sig(r.se)).toBe(sig(10.89724736));
    expect(sig(r.z)).toBe(sig(2.294157339));
    expect(sig(r.p)).toBe(sig(0.02178146279));
  });

  it('is undefined for an empty side and when nobody differs', () => {
    expect(npsDifference(npsOf([]), npsOf(counts([[10, 3]])))).toBeNull();
    expect(npsDifference(npsOf(counts([[10, 3]])), npsOf(counts([[9, 5]])))).toBeNull();
  });
});

describe('cohensD', () => {
  it('uses the pooled standard deviation', () => {
    expect(sig(cohensD(describeCounts(before), describeCounts(after))!)).toBe(sig(0.4849169352));
  });

  it('is undefined without spread', () => {
    expect(cohensD(describeCounts(counts([[4, 5]])), describeCounts(counts([[5, 5]])))).toBeNull();
  });
});

describe('benjaminiHochberg', () => {
  it('matches SciPy and keeps nulls out of the family', () => {
    const q = benjaminiHochberg([0.01, null, 0.04, 0.03, 0.2, 0.5, 0.001]);
    expect(q.map((x) => (x === null ? null : sig(x)))).toEqual([0.03, null, 0.06, 0.06, 0.24, 0.5, 0.006]);
  });

  it('is monotone in p and never above 1', () => {
    const ps = [0.9, 0.8, 0.95, 0.7];
    const q = benjaminiHochberg(ps) as number[];
    expect(Math.max(...q)).toBeLessThanOrEqual(1);
    const order = ps.map((p, i) => [p, q[i]!]).sort((x, y) => x[0]! - y[0]!);
    for (let i = 1; i < order.length; i++) expect(order[i]![1]!).toBeGreaterThanOrEqual(order[i - 1]![1]!);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
