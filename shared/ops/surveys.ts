/**
 * Surveys, their questions and rounds, answers typed in by hand, and a round's summary.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { defaultDirection } from '../domain/survey/direction';
import { QuestionDirection, QuestionInput, Round, Survey, SurveyKind, SurveyMeta, SurveySummary } from '../domain/survey/types';
import { BaseVersion, Empty, op, type OpMap } from './op';

const RoundFields = z
  .object({
    label: z.string().trim().min(1).max(200),
    phase: SurveyKind,
    fieldStart: z.string().max(40).nullable(),
    fieldEnd: z.string().max(40).nullable(),
    notes: z.string().max(10_000),
  })
  .strict();

/** A new round; optional fields default. (A patch uses RoundFields.partial(): zod applies defaults even inside partial.) */
export const RoundInput = RoundFields.extend({
  fieldStart: RoundFields.shape.fieldStart.default(null),
  fieldEnd: RoundFields.shape.fieldEnd.default(null),
  notes: RoundFields.shape.notes.default(''),
});

const Dist = z.object({ value: z.number(), label: z.string(), count: z.number().int() });
export const ItemSummary = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  top2: z.number().nullable(),
  nps: z.number().nullable(),
  /** Share ranked first (value 1), rank questions only; their `mean` is the mean rank. */
  first: z.number().nullable(),
  hidden: z.boolean(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

export const QuestionSummary = ItemSummary.extend({
  questionId: Id,
  label: z.string(),
  text: z.string(),
  type: z.string(),
  distribution: z.array(Dist),
  /** Answers that mean "no rating" ("Don't know", "不适用"): not in n, not in the mean. */
  missing: z.number().int(),
  /** Write-ins stored with their option ("Other"), and the first of them (verbatims). */
  otherTexts: z.number().int(),
  writeIns: z.array(z.string()),
  /** Answers kept as text because the question did not expect them: not in n. */
  unscored: z.number().int(),
  /** Implausible numbers left out of the mean (see shared/domain/survey/outliers.ts). */
  outliers: z.number().int(),
  groups: z.array(ItemSummary.extend({ group: z.string() })),
});
export type QuestionSummary = z.infer<typeof QuestionSummary>;

export const RoundSummary = z.object({
  roundId: Id,
  responses: z.number().int(),
  privacyMin: z.number().int(),
  by: z.string().nullable(),
  attributes: z.array(z.object({ name: z.string(), values: z.number().int() })),
  groups: z.array(z.object({ group: z.string(), n: z.number().int(), hidden: z.boolean() })),
  questions: z.array(QuestionSummary),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const ManualResponse = z.object({
  externalId: z.string().max(200).nullable(),
  attributes: z.record(z.string().max(100), z.string().max(500)),
  /** Question id → value (number), list of option values (multiple choice) or text. */
  answers: z.record(Id, z.union([z.number(), z.array(z.number()), z.string().max(32_767), z.null()])),
});

export const surveyOps = {
  'surveys.list': op(Empty, z.array(SurveySummary)),
  'surveys.get': op(z.object({ id: Id }).strict(), Survey),
  'surveys.create': op(SurveyMeta.partial({ description: true }).extend({ template: z.string().max(64).optional() }).strict(), SurveySummary),
  /** `baseVersion`: the survey's version this edit was based on; a stale one is refused with `conflict`. */
  'surveys.update': op(z.object({ id: Id, patch: SurveyMeta.partial().strict(), baseVersion: BaseVersion }).strict(), SurveySummary),
  'surveys.delete': op(z.object({ id: Id, baseVersion: BaseVersion }).strict(), z.object({ id: Id })),
  /**
   * Replaces the question list if the survey is still at `baseVersion`: listed ids are kept (edited,
   * reordered), new ones created. A question left out that has answers is refused (`conflict`,
   * reason `answers`) unless its id is in `removeAnswered`; it is then removed with its answers into
   * a store `surveys.restoreQuestions` brings them back from. Answers are never lost as a side effect.
   */
  'surveys.saveQuestions': op(
    z
      .object({
        surveyId: Id,
        baseVersion: BaseVersion,
        questions: z
          .array(
            // A question sent without a direction gets the default for its wording and type.
            QuestionInput.extend({ id: Id.nullable(), direction: QuestionDirection.optional() }).transform((q) => ({ ...q, direction: q.direction ?? defaultDirection(q.text, q.type) })),
          )
          .max(2000),
        removeAnswered: z.array(Id).max(2000).default([]),
      })
      .strict(),
    Survey,
  ),
  /** How many responses answered each of these questions (what removing one would take away). */
  'surveys.answerCounts': op(z.object({ surveyId: Id, questionIds: z.array(Id).max(2000) }).strict(), z.record(Id, z.number().int())),
  /** Puts removed questions back, with their answers, at the end of the list. */
  'surveys.restoreQuestions': op(z.object({ surveyId: Id, baseVersion: BaseVersion, questionIds: z.array(Id).min(1).max(2000) }).strict(), Survey),
  'rounds.create': op(RoundInput.extend({ surveyId: Id }).strict(), Round),
  'rounds.update': op(z.object({ id: Id, patch: RoundFields.partial(), baseVersion: BaseVersion }).strict(), Round),
  'rounds.delete': op(z.object({ id: Id, baseVersion: BaseVersion }).strict(), z.object({ id: Id })),
  'rounds.summary': op(
    z.object({ id: Id, by: z.string().max(100).nullable().default(null), privacyMin: z.number().int().min(1).max(1000).optional() }).strict(),
    RoundSummary,
  ),
  'rounds.addResponses': op(z.object({ id: Id, responses: z.array(ManualResponse).min(1).max(10_000) }).strict(), z.object({ added: z.number().int() })),
} satisfies OpMap;
