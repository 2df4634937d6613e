/**
 * How a pain point is ranked, and what a lost customer costs.
 *
 * Severity is a 0–100 index, the sum of six parts (documented in docs/pain-points.md), so a
 * rating of 1 no longer caps every point at 100 and money cannot multiply a point past the
 * rest of the list:
 *   worst rating      30 · (5 − lowest rated factor) / 4
 *   all ratings       15 · mean of (5 − r) / 4 over the rated factors
 *   transfers         20 · (1 − 0.9^transfers) / (1 − 0.9^10)   (capped: 10 transfers or more = 20)
 *   survey            15 · (max − mean) / (max − min) of a linked survey item
 *   reach             10 · log10(1 + customers a year) / 5        (capped at 100,000 a year)
 *   money at stake    10 · log10(1 + money) / 7                   (capped at 10,000,000)
 * Unrated, unmeasured and unknown parts give 0, so entering reach or money only moves a point up,
 * by at most 10 each. Equal indexes rank by money at stake, then reach, then transfers.
 */
import { z } from 'zod';
import { LOSS_PER_TRANSFER } from '../formulas';
import type { Rating } from '../journey';

export interface SeverityInput {
  need: Rating;
  convenience: Rating;
  emotion: Rating;
  transfers: number;
  /** A linked survey item's mean and its scale, when measured. */
  survey: { mean: number; min: number; max: number } | null;
  customersPerYear: number | null;
  moneyAtStake: number | null;
}

/** The weights of the parts: their maxima, summing to 100. */
export const SEVERITY_WEIGHTS = { worst: 30, ratings: 15, transfers: 20, survey: 15, reach: 10, money: 10 } as const;
export type SeverityParts = Record<keyof typeof SEVERITY_WEIGHTS, number>;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Each part's points; severity is their sum. */
export function severityParts(t: SeverityInput): SeverityParts {
  const w = SEVERITY_WEIGHTS;
  const rated = [t.need, t.convenience, t.emotion].filter((r): r is number => r !== null);
  const gap = (r: number) => clamp01((5 - r) / 4);
  const s = t.survey;
  const loss = (n: number) => 1 - (1 - LOSS_PER_TRANSFER) ** n;
  return {
    worst: rated.length ? w.worst * gap(Math.min(...rated)) : 0,
    ratings: rated.length ? (w.ratings * rated.reduce((a, r) => a + gap(r), 0)) / rated.length : 0,
    transfers: w.transfers * clamp01(loss(Math.max(0, t.transfers)) / loss(10)),
    survey: s && s.max > s.min ? w.survey * clamp01((s.max - s.mean) / (s.max - s.min)) : 0,
    reach: t.customersPerYear && t.customersPerYear > 0 ? w.reach * clamp01(Math.log10(1 + t.customersPerYear) / 5) : 0,
    money: t.moneyAtStake && t.moneyAtStake > 0 ? w.money * clamp01(Math.log10(1 + t.moneyAtStake) / 7) : 0,
  };
}

/** The 0–100 severity index. */
export function severity(t: SeverityInput): number {
  const p = severityParts(t);
  return p.worst + p.ratings + p.transfers + p.survey + p.reach + p.money;
}

/** The cost-of-a-lost-customer calculator ("half a lettuce"), attachable to a pain point. */
export const LostCustomerInput = z
  .object({
    /** What one customer spends a year. */
    yearlySpend: z.number().min(0).max(1e12),
    /** How many years a customer would have stayed. */
    years: z.number().min(0).max(100),
    /** How many people an unhappy customer tells. */
    peopleTold: z.number().min(0).max(10_000),
    /** Share of those who then stay away, 0…1. */
    shareWhoLeave: z.number().min(0).max(1),
    /** Customers this pain point loses a year (an estimate). */
    customersLost: z.number().min(0).max(1e9),
  })
  .strict();
export type LostCustomerInput = z.infer<typeof LostCustomerInput>;

/** yearly spend × years × (1 + people told × share who leave) — DESIGN.md §2. */
export function lostCustomerCost(c: Pick<LostCustomerInput, 'yearlySpend' | 'years' | 'peopleTold' | 'shareWhoLeave'>): number {
  return c.yearlySpend * c.years * (1 + c.peopleTold * c.shareWhoLeave);
}

/** Money at stake a year: the cost of one lost customer times the customers lost. */
export function moneyAtStake(c: LostCustomerInput | null): number | null {
  return c ? lostCustomerCost(c) * c.customersLost : null;
}
