/**
 * Descriptive statistics of one survey item from its value counts: n, mean, standard
 * deviation, 95% confidence interval (Student's t), top-2-box share and NPS.
 * Works on counts so the database can do the GROUP BY and send only a histogram.
 */
import jstat from 'jstat';

// jStat is a UMD bundle: Node's ESM loader sees only its default export.
const { jStat } = jstat;

export interface ValueCount {
  value: number;
  count: number;
}

export interface Described {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below n = 2. */
  sd: number | null;
  /** 95% CI of the mean, mean ± t(0.975, n−1)·sd/√n; null below n = 2. */
  ci95: [number, number] | null;
}

export function describeCounts(counts: readonly ValueCount[]): Described {
  let n = 0;
  let sum = 0;
  for (const c of counts) {
    n += c.count;
    sum += c.value * c.count;
  }
  if (n === 0) return { n: 0, mean: null, sd: null, ci95: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, ci95: null };
  let ss = 0;
  for (const c of counts) ss += c.count * (c.value - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const half = (jStat.studentt.inv(0.975, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, ci95: [mean - half, mean + half] };
}

/** Share of answers in the top two points of a scale (e.g. 4–5 on 1–5); null when n = 0. */
export function topTwoBox(counts: readonly ValueCount[], scaleMax: number): number | null {
  const n = counts.reduce((s, c) => s + c.count, 0);
  if (n === 0) return null;
  return counts.filter((c) => c.value >= scaleMax - 1).reduce((s, c) => s + c.count, 0) / n;
}

/** Share of answers ranked first (value 1) — a rank question's counterpart of top-2-box. */
export function rankedFirst(counts: readonly ValueCount[]): number | null {
  const n = counts.reduce((s, c) => s + c.count, 0);
  if (n === 0) return null;
  return counts.filter((c) => c.value === 1).reduce((s, c) => s + c.count, 0) / n;
}

export interface NpsParts {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** %promoters (9–10) − %detractors (0–6), in points −100…100; null when n = 0. */
  nps: number | null;
}

/** Net Promoter Score of 0–10 answers (Reichheld): promoters 9–10, detractors 0–6. */
export function npsOf(counts: readonly ValueCount[]): NpsParts {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (const c of counts) {
    n += c.count;
    if (c.value >= 9) promoters += c.count;
    else if (c.value <= 6) detractors += c.count;
  }
  const passives = n - promoters - detractors;
  return { n, promoters, passives, detractors, nps: n === 0 ? null : ((promoters - detractors) / n) * 100 };
}
