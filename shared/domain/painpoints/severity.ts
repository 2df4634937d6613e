/**
 * How a pain point is ranked, and what a lost customer costs.
 *
 * Severity (documented in docs/pain-points.md):
 *   gap   = how far below the top of its scale the worst rating is, 0…1: the lowest rated
 *           factor r gives (5 − r) / 4; a linked survey mean m on a min…max scale gives
 *           (max − m) / (max − min); the larger counts. Unrated and unmeasured give 0.
 *   loss  = 1 − 0.9^transfers, the loyalty the hand-offs cost at least (DESIGN.md §2).
 *   harm  = 1 − (1 − gap)(1 − loss): either alone can make a touchpoint hurt.
 *   reach = 1 + log10(1 + customers per year) / 2 when known, else 1.
 *   money = 1 + log10(1 + money at stake / 1000) / 2 when entered, else 1.
 *   severity = 100 · harm · reach · money.
 * Unknown reach and money are neutral (×1), so entering them can only move a point up.
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

export function ratingGap(t: Pick<SeverityInput, 'need' | 'convenience' | 'emotion' | 'survey'>): number {
  const rated = [t.need, t.convenience, t.emotion].filter((r): r is number => r !== null);
  const workshop = rated.length ? (5 - Math.min(...rated)) / 4 : 0;
  const s = t.survey;
  const survey = s && s.max > s.min ? Math.min(1, Math.max(0, (s.max - s.mean) / (s.max - s.min))) : 0;
  return Math.max(workshop, survey);
}

export function harmOf(t: Pick<SeverityInput, 'need' | 'convenience' | 'emotion' | 'survey' | 'transfers'>): number {
  const loss = 1 - (1 - LOSS_PER_TRANSFER) ** t.transfers;
  return 1 - (1 - ratingGap(t)) * (1 - loss);
}

export function severity(t: SeverityInput): number {
  const reach = t.customersPerYear && t.customersPerYear > 0 ? 1 + Math.log10(1 + t.customersPerYear) / 2 : 1;
  const money = t.moneyAtStake && t.moneyAtStake > 0 ? 1 + Math.log10(1 + t.moneyAtStake / 1000) / 2 : 1;
  return 100 * harmOf(t) * reach * money;
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
