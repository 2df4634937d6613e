/**
 * Per-stage and whole-journey figures shown beside the map (issue 3: "per stage and for the
 * whole journey: mean of each factor, total transfers and loyalty kept ≤ 0.9^transfers").
 * Formulas from DESIGN.md §2: experience score = mean of the rated factors; loyalty kept =
 * 0.9^(sum of transfers); pain points by the workspace's rules. Unrated factors are left out
 * of every mean, never counted as 0.
 */
import { experienceScore, loyaltyKept, totalTransfers } from '../formulas';
import type { Flow, Stage, Touchpoint } from '../journey';
import { isHandoff, touchpointsById } from './handoffs';
import { DEFAULT_PAIN_RULES, isPainPoint, type PainRules } from './painpoints';

/** Mean rating of each factor over the touchpoints where it is rated; `null` when none is. */
export interface FactorMeans {
  need: number | null;
  convenience: number | null;
  emotion: number | null;
}

export interface MapStats {
  touchpoints: number;
  /** Touchpoints with at least one rated factor. */
  rated: number;
  means: FactorMeans;
  /** Mean of `experienceScore` over the rated touchpoints; `null` when none is rated. */
  score: number | null;
  transfers: number;
  /** `loyaltyKept(transfers)`: an upper bound, "at most this share of loyalty kept". */
  loyaltyKept: number;
  /** Hand-off flows (crossing lanes); for a stage, those whose source is in the stage. */
  handoffs: number;
  painPoints: number;
}

type StatsDoc = { readonly touchpoints: readonly Touchpoint[]; readonly flows: readonly Flow[] };

function mean(values: readonly (number | null)[]): number | null {
  const rated = values.filter((v): v is number => v !== null);
  return rated.length === 0 ? null : rated.reduce((a, b) => a + b, 0) / rated.length;
}

/** Figures over a set of touchpoints; `handoffs` counts hand-off flows leaving one of them. */
function statsOf(touchpoints: readonly Touchpoint[], doc: StatsDoc, rules: PainRules): MapStats {
  const scores = touchpoints.map(experienceScore);
  const transfers = totalTransfers(touchpoints);
  const ids = new Set(touchpoints.map((t) => t.id));
  const byId = touchpointsById(doc);
  return {
    touchpoints: touchpoints.length,
    rated: scores.filter((s) => s !== null).length,
    means: {
      need: mean(touchpoints.map((t) => t.need)),
      convenience: mean(touchpoints.map((t) => t.convenience)),
      emotion: mean(touchpoints.map((t) => t.emotion)),
    },
    score: mean(scores),
    transfers,
    loyaltyKept: loyaltyKept(transfers),
    handoffs: doc.flows.filter((f) => ids.has(f.sourceId) && isHandoff(f, byId)).length,
    painPoints: touchpoints.filter((t) => isPainPoint(t, rules)).length,
  };
}

/** Figures for the whole journey. */
export function journeyStats(doc: StatsDoc, rules: PainRules = DEFAULT_PAIN_RULES): MapStats {
  return statsOf(doc.touchpoints, doc, rules);
}

/** Figures for one stage (column); hand-offs are those whose source is in the stage. */
export function stageStats(doc: StatsDoc, stageId: string, rules: PainRules = DEFAULT_PAIN_RULES): MapStats {
  return statsOf(
    doc.touchpoints.filter((t) => t.stageId === stageId),
    doc,
    rules,
  );
}

/** `stageStats` for every stage, keyed by stage id in stage order. */
export function statsByStage(doc: StatsDoc & { readonly stages: readonly Stage[] }, rules: PainRules = DEFAULT_PAIN_RULES): Map<string, MapStats> {
  return new Map(doc.stages.map((s) => [s.id, stageStats(doc, s.id, rules)]));
}
