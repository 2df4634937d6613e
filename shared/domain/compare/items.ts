/**
 * One compared item from two histograms (before, after): each side's description, the tests,
 * the change and its direction. Then the family step: Benjamini-Hochberg over the items of a
 * comparison decides what counts as a real change.
 */
import type { CompareSide, ComparisonItem, TestResults, Verdict } from '../../ops/compare';
import { directionSign, type QuestionDirection } from '../survey/direction';
import { describeCounts, npsOf, rankedFirst, topTwoBox, type ValueCount } from '../stats/describe';
import { benjaminiHochberg, cohensD, mannWhitney, npsDifference, twoProportionZ, welchTest } from '../stats/significance';

/** Answers of one item in one round: value counts, and the number of respondents. */
export interface Histogram {
  counts: ValueCount[];
  n: number;
}

export type Measure = ComparisonItem['measure'];
export type Scale = { min: number; max: number } | null;

/** Fewer answers than this on either side and the item is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

const EMPTY: Histogram = { counts: [], n: 0 };

export function describeSide(h: Histogram | undefined, measure: Measure, scale: Scale, hidden: boolean): CompareSide {
  const n = h?.n ?? 0;
  if (hidden) return { n, mean: null, sd: null, ci95: null, top2: null, nps: null, first: null };
  const counts = h?.counts ?? [];
  const d = describeCounts(counts);
  const top2 = measure === 'likert' && scale ? topTwoBox(counts, scale.max) : measure === 'nps' ? topTwoBox(counts, 10) : null;
  const nps = measure === 'nps' ? npsOf(counts) : null;
  // A rank is never top-2-box (on 1…6, "6 and 5" would be the least favourite): mean rank and share ranked first.
  const first = measure === 'rank' ? rankedFirst(counts) : null;
  return { n, mean: d.mean, sd: d.sd, ci95: d.ci95, top2, nps, first };
}

type Tested = Pick<ComparisonItem, 'before' | 'after' | 'delta' | 'test' | 'p' | 'tests' | 'cohenD' | 'smallSample' | 'hidden'>;

/** Describes both sides and runs every test that applies; `q`, `significant` and `verdict` come from {@link decideFamily}. */
export function compareHistograms(before: Histogram | undefined, after: Histogram | undefined, measure: Measure, scale: Scale, hidden: boolean): Tested {
  const b = describeSide(before, measure, scale, hidden);
  const a = describeSide(after, measure, scale, hidden);
  const smallSample = b.n < SMALL_SAMPLE || a.n < SMALL_SAMPLE;
  const none: TestResults = { welch: null, mannWhitney: null, top2: null, nps: null };
  if (hidden) return { before: b, after: a, delta: null, test: null, p: null, tests: none, cohenD: null, smallSample, hidden };

  const bc = (before ?? EMPTY).counts;
  const ac = (after ?? EMPTY).counts;
  const top2Count = (counts: ValueCount[], n: number, share: number | null) => (share === null ? null : Math.round(share * n));
  const xb = top2Count(bc, b.n, b.top2);
  const xa = top2Count(ac, a.n, a.top2);
  const tests: TestResults = {
    welch: welchTest(b, a),
    mannWhitney: mannWhitney(bc, ac),
    top2: xb !== null && xa !== null ? twoProportionZ(xb, b.n, xa, a.n) : null,
    nps: b.nps && a.nps ? npsDifference(b.nps, a.nps) : null,
  };
  const meanDelta = a.mean !== null && b.mean !== null ? a.mean - b.mean : null;
  let test: ComparisonItem['test'] = null;
  let p: number | null = null;
  let delta = meanDelta;
  if (measure === 'nps') {
    delta = b.nps?.nps != null && a.nps?.nps != null ? a.nps.nps - b.nps.nps : null;
    if (tests.nps) [test, p] = ['nps', tests.nps.p];
  } else if (tests.welch) {
    [test, p] = ['welch', tests.welch.p];
  } else if (tests.mannWhitney && b.n >= 2 && a.n >= 2) {
    [test, p] = ['mann-whitney', tests.mannWhitney.p];
  }
  return { before: b, after: a, delta, test, p, tests, cohenD: cohensD(b, a), smallSample, hidden };
}

/**
 * Better or worse by the item's direction: a lower-better count that drops is better. A real
 * change of a neutral question (a choice, a share) is only "changed": neither way is better.
 */
export function verdictOf(significant: boolean, delta: number | null, p: number | null, direction: QuestionDirection): Verdict {
  if (p === null || delta === null) return 'untested';
  if (significant && delta !== 0 && direction === 'neutral') return 'changed';
  const sign = directionSign(direction) * Math.sign(delta);
  if (!significant || sign === 0) return 'unclear';
  return sign > 0 ? 'better' : 'worse';
}

/**
 * Benjamini-Hochberg over one family of items (e.g. every whole-round item of a comparison):
 * sets `q`, `significant` (q < alpha) and `verdict`. Returns new objects.
 */
export function decideFamily<T extends Tested & Pick<ComparisonItem, 'direction'>>(items: readonly T[], alpha: number): (T & Pick<ComparisonItem, 'q' | 'significant' | 'verdict'>)[] {
  const q = benjaminiHochberg(items.map((i) => i.p));
  return items.map((item, k) => {
    const qk = q[k] ?? null;
    const significant = qk !== null && qk < alpha && item.delta !== null && item.delta !== 0;
    return { ...item, q: qk, significant, verdict: verdictOf(significant, item.delta, item.p, item.direction) };
  });
}
