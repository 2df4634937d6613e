/**
 * Live workshop records: what a session rates, what a phone sends, and what the room's
 * results look like. Shared by the backend, the facilitator's UI and the participant page.
 */
import { z } from 'zod';

export const RATED_MEASURES = ['need', 'convenience', 'emotion'] as const;
export const MEASURES = [...RATED_MEASURES, 'transfers', 'comment'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;
export type RatedMeasure = (typeof RATED_MEASURES)[number];
/** Measures that carry a number (ratings 1–5, transfers 0–20). */
export const NUMERIC_MEASURES = ['need', 'convenience', 'emotion', 'transfers'] as const;
export type NumericMeasure = (typeof NUMERIC_MEASURES)[number];
export const MAX_TRANSFERS = 20;

/** Which touchpoints a session rates. */
export const TouchpointChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('stage'), stageId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('selection'), ids: z.array(z.string().min(1).max(64)).min(1).max(2000) }),
]);
export type TouchpointChoice = z.infer<typeof TouchpointChoice>;

export const SessionConfig = z.object({
  touchpoints: z.array(z.string()),
  measures: z.array(Measure).min(1),
  askDepartment: z.boolean(),
  maxParticipants: z.number().int().min(1).max(5000),
});
export type SessionConfig = z.infer<typeof SessionConfig>;

/** One vote as a phone sends it; `value` for numbers, `text` for the comment. */
export const VoteInput = z
  .object({
    touchpointId: z.string().min(1).max(64),
    measure: Measure,
    value: z.number().int().min(0).max(MAX_TRANSFERS).nullable().default(null),
    text: z.string().max(1000).nullable().default(null),
  })
  .strict();
export type VoteInput = z.infer<typeof VoteInput>;

/** Whether a vote's value fits its measure. */
export function voteFits(v: VoteInput): boolean {
  if (v.measure === 'comment') return v.text !== null && v.value === null;
  if (v.value === null || v.text !== null) return false;
  return v.measure === 'transfers' ? v.value >= 0 && v.value <= MAX_TRANSFERS : v.value >= 1 && v.value <= 5;
}

export const voteKey = (touchpointId: string, measure: Measure): string => `${touchpointId}|${measure}`;

const Dist = z.array(z.object({ value: z.number(), count: z.number().int() }));

export const MeasureResult = z.object({
  measure: z.enum(NUMERIC_MEASURES),
  n: z.number().int(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  iqr: z.number().nullable(),
  /** The room disagrees (IQR ≥ 2): talk before applying. */
  discuss: z.boolean(),
  distribution: Dist,
  /** Per department, only where that department gave at least the privacy minimum of votes. */
  departments: z.array(z.object({ department: z.string(), n: z.number().int(), median: z.number(), mean: z.number() })),
});
export type MeasureResult = z.infer<typeof MeasureResult>;

export const TouchpointResult = z.object({
  touchpointId: z.string(),
  title: z.string(),
  measures: z.array(MeasureResult),
  comments: z.array(z.string()),
});
export type TouchpointResult = z.infer<typeof TouchpointResult>;
