/**
 * Touchpoint and journey formulas from the design reference. Pure; no I/O.
 */
import type { Rating } from './journey';

export interface Rated {
  need: Rating;
  convenience: Rating;
  emotion: Rating;
}

/** Share of loyalty lost per transfer, at least (source material: "each transfer costs at least 10%"). */
export const LOSS_PER_TRANSFER = 0.1;

/** Mean of the rated factors; `null` when none is rated. */
export function experienceScore(t: Rated): number | null {
  const rated = [t.need, t.convenience, t.emotion].filter((r): r is number => r !== null);
  if (rated.length === 0) return null;
  return rated.reduce((a, b) => a + b, 0) / rated.length;
}

/**
 * Upper bound of the loyalty kept after `transfers` hand-offs: 0.9^transfers.
 * Each hand-off costs at least 10%, so the true figure is at most this.
 */
export function loyaltyKept(transfers: number): number {
  if (!Number.isFinite(transfers) || transfers < 0) throw new RangeError(`transfers must be ≥ 0, got ${transfers}`);
  return Math.pow(1 - LOSS_PER_TRANSFER, transfers);
}

/** Total transfers along a set of touchpoints. */
export function totalTransfers(items: readonly { transfers: number }[]): number {
  return items.reduce((sum, t) => sum + t.transfers, 0);
}

/** Emotion curve value: emotion − 3 (−2 … +2), or `null` when unrated. */
export function emotionPoint(emotion: Rating): number | null {
  return emotion === null ? null : emotion - 3;
}
