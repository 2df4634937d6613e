/**
 * Pain-point rules, DESIGN.md §2 "Formulas": a touchpoint is a pain point when any factor is
 * rated ≤ 2, or it has ≥ 2 transfers, or a linked survey item's mean is ≤ 2.5 or its
 * top-2-box share is below 50%. The thresholds are defaults a workspace can adjust.
 * Unrated (`null`) never fires a rule: missing data is not bad data.
 */
import { z } from 'zod';
import type { Touchpoint } from '../journey';

/** Thresholds of the pain-point rules (DESIGN.md §2); adjustable per workspace. */
export interface PainRules {
  /** A factor rated at or below this fires (default 2). */
  maxFactorRating: number;
  /** This many transfers or more fires (default 2). */
  minTransfers: number;
  /** A linked survey item's mean at or below this fires (default 2.5). */
  maxSurveyMean: number;
  /** A linked survey item's top-2-box share strictly below this fires (default 0.5). */
  minSurveyTop2: number;
}

export const DEFAULT_PAIN_RULES: PainRules = Object.freeze({
  maxFactorRating: 2,
  minTransfers: 2,
  maxSurveyMean: 2.5,
  minSurveyTop2: 0.5,
});

/** Validator for stored or edited rules. */
export const PainRulesSchema = z
  .object({
    maxFactorRating: z.number().min(1).max(5),
    minTransfers: z.number().int().min(0).max(99),
    maxSurveyMean: z.number().min(1).max(5),
    minSurveyTop2: z.number().min(0).max(1),
  })
  .strict() satisfies z.ZodType<PainRules>;

/** Why a touchpoint is a pain point; one entry per rule that fires. */
export type PainReason =
  | { kind: 'need' | 'convenience' | 'emotion'; rating: number }
  | { kind: 'transfers'; transfers: number }
  | { kind: 'surveyMean'; mean: number }
  | { kind: 'surveyTop2'; share: number };

/** A linked survey item's results; `null` when there are none (not asked, or too few answers). */
export interface SurveyEvidence {
  mean: number | null;
  top2: number | null;
}

type Rateable = Pick<Touchpoint, 'need' | 'convenience' | 'emotion' | 'transfers'>;

const FACTORS = ['need', 'convenience', 'emotion'] as const;

/** The rules that fire for a touchpoint, in the order factors, transfers, survey mean, survey top-2. */
export function painReasons(t: Rateable, rules: PainRules = DEFAULT_PAIN_RULES, survey?: SurveyEvidence): PainReason[] {
  const reasons: PainReason[] = [];
  for (const kind of FACTORS) {
    const rating = t[kind];
    if (rating !== null && rating <= rules.maxFactorRating) reasons.push({ kind, rating });
  }
  if (t.transfers >= rules.minTransfers) reasons.push({ kind: 'transfers', transfers: t.transfers });
  if (survey?.mean != null && survey.mean <= rules.maxSurveyMean) reasons.push({ kind: 'surveyMean', mean: survey.mean });
  if (survey?.top2 != null && survey.top2 < rules.minSurveyTop2) reasons.push({ kind: 'surveyTop2', share: survey.top2 });
  return reasons;
}

/** True when any pain-point rule fires (DESIGN.md §2). */
export function isPainPoint(t: Rateable, rules: PainRules = DEFAULT_PAIN_RULES, survey?: SurveyEvidence): boolean {
  return painReasons(t, rules, survey).length > 0;
}
