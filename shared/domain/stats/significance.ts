/**
 * Tests for comparing two independent samples (two survey rounds), from summaries or value
 * counts so the database can send histograms instead of raw answers:
 * Welch's t-test, Mann-Whitney U, the two-proportion z-test, the NPS difference, Cohen's d
 * and Benjamini-Hochberg adjustment. Distributions come from jStat.
 * Every function returns null when its test is undefined (an empty side, no variance…).
 */
import jstat from 'jstat';
import type { NpsParts, ValueCount } from './describe';

const { jStat } = jstat;

export interface MeanSummary {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
}

/** Two-sided p of a standard normal z. */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1));
}

/** Two-sided p of Student's t with df degrees of freedom. */
function studentTwoSided(t: number, df: number): number {
  return Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(t), df));
}

/**
 * Welch's unequal-variance t-test of b − a, with Welch-Satterthwaite degrees of freedom.
 * Null when a side has fewer than 2 answers or both sides have no spread.
 */
export function welchTest(a: MeanSummary, b: MeanSummary): { t: number; df: number; p: number } | null {
  if (a.n < 2 || b.n < 2 || a.mean === null || b.mean === null || a.sd === null || b.sd === null) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const t = (b.mean - a.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: studentTwoSided(t, df) };
}

/**
 * Cohen's d of b − a with the pooled standard deviation.
 * Null when there are fewer than 3 answers in all or no spread at all.
 */
export function cohensD(a: MeanSummary, b: MeanSummary): number | null {
  if (a.mean === null || b.mean === null || a.n + b.n < 3) return null;
  const sa = a.sd ?? 0;
  const sb = b.sd ?? 0;
  const pooled = Math.sqrt(((a.n - 1) * sa * sa + (b.n - 1) * sb * sb) / (a.n + b.n - 2));
  if (!(pooled > 0)) return null;
  return (b.mean - a.mean) / pooled;
}

/**
 * Mann-Whitney U test of b against a from value counts: mid-ranks for ties, the normal
 * approximation with tie correction and continuity correction (as SciPy's
 * `mannwhitneyu(method="asymptotic")`). `u` is the statistic of b: the number of
 * (a, b) pairs where b is higher, ties counting one half; z > 0 means b tends higher.
 * Null when a side is empty or every answer is the same.
 */
export function mannWhitney(a: readonly ValueCount[], b: readonly ValueCount[]): { u: number; z: number; p: number } | null {
  const merged = new Map<number, { a: number; b: number }>();
  for (const c of a) if (c.count > 0) merged.set(c.value, { a: (merged.get(c.value)?.a ?? 0) + c.count, b: merged.get(c.value)?.b ?? 0 });
  for (const c of b) if (c.count > 0) merged.set(c.value, { a: merged.get(c.value)?.a ?? 0, b: (merged.get(c.value)?.b ?? 0) + c.count });
  let na = 0;
  let nb = 0;
  for (const m of merged.values()) {
    na += m.a;
    nb += m.b;
  }
  if (na === 0 || nb === 0) return null;
  const n = na + nb;
  let below = 0;
  let rankSumB = 0;
  let ties = 0;
  for (const v of [...merged.keys()].sort((x, y) => x - y)) {
    const m = merged.get(v)!;
    const t = m.a + m.b;
    const midRank = below + (t + 1) / 2;
    rankSumB += m.b * midRank;
    ties += t * t * t - t;
    below += t;
  }
  const u = rankSumB - (nb * (nb + 1)) / 2;
  const mu = (na * nb) / 2;
  const variance = ((na * nb) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (!(variance > 0)) return null;
  const sd = Math.sqrt(variance);
  const dev = u - mu;
  const z = (Math.sign(dev) * Math.max(0, Math.abs(dev) - 0.5)) / sd;
  return { u, z, p: normalTwoSided(z) };
}

/**
 * Two-proportion z-test of xb/nb − xa/na with the pooled proportion.
 * `diff` is the change in share (−1…1). Null when a side is empty or the pooled share is 0 or 1.
 */
export function twoProportionZ(xa: number, na: number, xb: number, nb: number): { diff: number; z: number; p: number } | null {
  if (na === 0 || nb === 0) return null;
  const pooled = (xa + xb) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  if (!(se > 0)) return null;
  const diff = xb / nb - xa / na;
  const z = diff / se;
  return { diff, z, p: normalTwoSided(z) };
}

/** Variance of one respondent's NPS contribution (+1, 0, −1): p⁺ + p⁻ − (p⁺ − p⁻)². */
function npsVariance(p: NpsParts): number {
  const pp = p.promoters / p.n;
  const pd = p.detractors / p.n;
  return pp + pd - (pp - pd) ** 2;
}

/**
 * Difference of two Net Promoter Scores (b − a, in points −200…200) with its standard error
 * √(var_a/n_a + var_b/n_b)·100 and a z-test. Null when a side is empty or both have no spread.
 */
export function npsDifference(a: NpsParts, b: NpsParts): { diff: number; se: number; z: number; p: number } | null {
  if (a.n === 0 || b.n === 0 || a.nps === null || b.nps === null) return null;
  const se = Math.sqrt(npsVariance(a) / a.n + npsVariance(b) / b.n) * 100;
  if (!(se > 0)) return null;
  const diff = b.nps - a.nps;
  const z = diff / se;
  return { diff, se, z, p: normalTwoSided(z) };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), step-up and monotone, for one family of
 * tests. Nulls are not part of the family and stay null.
 */
export function benjaminiHochberg(ps: readonly (number | null)[]): (number | null)[] {
  const idx = ps.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null);
  idx.sort((x, y) => x.p - y.p);
  const m = idx.length;
  const out: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = idx[k]!;
    running = Math.min(running, (p * m) / (k + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
