/**
 * Before/after comparison of two survey rounds: every item's change, its tests and verdict.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { Factor, QuestionDirection, SurveyKind } from '../domain/survey/types';
import { op, type OpMap } from './op';

export const CompareRequest = z
  .object({
    beforeRoundId: Id,
    afterRoundId: Id,
    /** Respondent attribute to break every item down by (department, tier, region…). */
    by: z.string().max(100).nullable().default(null),
    /** Groups with fewer respondents than this, in either round, are hidden. */
    privacyMin: z.number().int().min(1).max(1000).default(5),
    /** False discovery rate for Benjamini-Hochberg. */
    alpha: z.number().gt(0).lt(0.5).default(0.05),
  })
  .strict();
export type CompareRequest = z.infer<typeof CompareRequest>;

export const NpsParts = z.object({
  n: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  nps: z.number().nullable(),
});

/** One round's side of a compared item. */
export const CompareSide = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  /** Top-2-box share 0…1 (Likert and 0–10 items). */
  top2: z.number().nullable(),
  /** NPS parts, 0–10 items only. */
  nps: NpsParts.nullable(),
  /** Share ranked first (0…1), rank items only; their mean is the mean rank (lower is better). */
  first: z.number().nullable(),
});
export type CompareSide = z.infer<typeof CompareSide>;

export const TestResults = z.object({
  /** Welch's t-test on the means. */
  welch: z.object({ t: z.number(), df: z.number(), p: z.number() }).nullable(),
  /** Mann-Whitney U (normal approximation, tie and continuity corrected), the ordinal check. */
  mannWhitney: z.object({ u: z.number(), z: z.number(), p: z.number() }).nullable(),
  /** Two-proportion z-test on top-2-box; diff in share points (0…1). */
  top2: z.object({ diff: z.number(), z: z.number(), p: z.number() }).nullable(),
  /** NPS difference in points with its standard error. */
  nps: z.object({ diff: z.number(), se: z.number(), z: z.number(), p: z.number() }).nullable(),
});
export type TestResults = z.infer<typeof TestResults>;

export const ITEM_KINDS = ['question', 'factor', 'touchpoint', 'department', 'grouping', 'journey'] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

/** What a change means, given the item's direction: better, worse, a real change of a neutral item ("changed"), no clear change, or not testable. */
export const VERDICTS = ['better', 'worse', 'changed', 'unclear', 'untested'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const ComparisonItem = z.object({
  /** Stable key of the item, the same in every group: `question:<id>`, `factor:need`, `touchpoint:<id>`… */
  key: z.string(),
  kind: ItemKind,
  /**
   * Short name: a question's code or shortened text; a touchpoint's title; a department's name;
   * the factor key (need / convenience / emotion) or grouping key (basic-needs…) for those kinds.
   */
  label: z.string(),
  /** Full question text; for composites, the labels of their questions joined. */
  text: z.string(),
  /** A question's code (shown as a small prefix of its text); null for composites and uncoded questions. */
  code: z.string().nullable(),
  /** likert | nps | number | rank for questions; 'composite' for a respondent-level mean over several questions. */
  measure: z.enum(['likert', 'nps', 'number', 'rank', 'composite']),
  scale: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** What the item points at, for the map overlay and links. */
  ref: z.object({
    questionIds: z.array(Id),
    touchpointId: Id.nullable(),
    journeyId: Id.nullable(),
    departmentId: Id.nullable(),
    factor: Factor.nullable(),
    grouping: z.string().nullable(),
  }),
  /** Breakdown group (value of the `by` attribute); null for the whole round. */
  group: z.string().nullable(),
  before: CompareSide,
  after: CompareSide,
  /** After − before: mean points, or NPS points for 0–10 items. */
  delta: z.number().nullable(),
  /**
   * Which test decides `significant`: Welch for means, the NPS difference for 0–10 items, and
   * Mann-Whitney when neither side has any spread (Welch is undefined there).
   */
  test: z.enum(['welch', 'nps', 'mann-whitney']).nullable(),
  /** p-value of that test, and its Benjamini-Hochberg adjusted value within the comparison. */
  p: z.number().nullable(),
  q: z.number().nullable(),
  tests: TestResults,
  /** Cohen's d with the pooled standard deviation. */
  cohenD: z.number().nullable(),
  significant: z.boolean(),
  /**
   * Which way is better: the question's direction; composites are higher-better (their
   * lower-better items enter reversed).
   */
  direction: QuestionDirection,
  verdict: Verdict,
  /** Either side has fewer than 30 answers. */
  smallSample: z.boolean(),
  /** Either side is under the privacy minimum: numbers are withheld. */
  hidden: z.boolean(),
});
export type ComparisonItem = z.infer<typeof ComparisonItem>;

export const RoundRef = z.object({
  roundId: Id,
  label: z.string(),
  phase: SurveyKind,
  surveyId: Id,
  surveyName: z.string(),
  responses: z.number().int(),
  fieldStart: z.string().nullable(),
  fieldEnd: z.string().nullable(),
});
export type RoundRef = z.infer<typeof RoundRef>;

export const Comparison = z.object({
  before: RoundRef,
  after: RoundRef,
  by: z.string().nullable(),
  privacyMin: z.number().int(),
  alpha: z.number(),
  /** Attributes present in both rounds, for the breakdown picker. */
  attributes: z.array(z.string()),
  groups: z.array(z.object({ group: z.string(), before: z.number().int(), after: z.number().int(), hidden: z.boolean() })),
  /** Whole-round items first (group null) in question order, then each group's items. */
  items: z.array(ComparisonItem),
  /** How questions were paired when the rounds belong to different surveys. */
  matching: z.enum(['same-survey', 'code-text-link']),
  /** Questions of either round that found no partner. */
  unmatched: z.array(z.object({ side: z.enum(['before', 'after']), label: z.string() })),
  summary: z.object({
    better: z.number().int(),
    worse: z.number().int(),
    /** Real changes of neutral items: neither way is better. */
    changed: z.number().int(),
    unclear: z.number().int(),
    untested: z.number().int(),
    hidden: z.number().int(),
    small: z.number().int(),
  }),
});
export type Comparison = z.infer<typeof Comparison>;

export const compareOps = {
  'compare.rounds': op(CompareRequest, Comparison),
} satisfies OpMap;
