/**
 * Survey records: surveys (internal or external), their questions with scales and links
 * to what they measure, and rounds (one fielding each).
 */
import { z } from 'zod';
import { Id } from '../journey';
import { QuestionDirection } from './direction';

export { QUESTION_DIRECTIONS, QuestionDirection } from './direction';

export const SURVEY_KINDS = ['internal', 'external'] as const;
export const SurveyKind = z.enum(SURVEY_KINDS);
export type SurveyKind = z.infer<typeof SurveyKind>;

/** `rank`: 1 = first choice, one column per ranked option; summarised by mean rank and share ranked first. */
export const QUESTION_TYPES = ['likert', 'nps', 'single', 'multiple', 'number', 'text', 'rank'] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

/** A scale point or a choice option: its stored value and its wording in both languages. */
export const Label = z.object({ value: z.number(), 'zh-CN': z.string().max(500), en: z.string().max(500) });
export type Label = z.infer<typeof Label>;

export const LINK_KINDS = ['touchpoint', 'journey', 'department', 'grouping'] as const;
export const FACTORS = ['need', 'convenience', 'emotion'] as const;
export const Factor = z.enum(FACTORS);
export type Factor = z.infer<typeof Factor>;

/** Engagement groupings of the 12-item engagement survey (our own wording). */
export const GROUPINGS = ['basic-needs', 'individual', 'teamwork', 'growth'] as const;
export const Grouping = z.enum(GROUPINGS);

export const QuestionLink = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('touchpoint'), id: Id, factor: Factor.nullable() }),
    z.object({ kind: z.literal('journey'), id: Id }),
    z.object({ kind: z.literal('department'), id: Id }),
    z.object({ kind: z.literal('grouping'), grouping: Grouping }),
  ])
  .nullable();
export type QuestionLink = z.infer<typeof QuestionLink>;

export const QuestionInput = z.object({
  code: z.string().max(100).nullable(),
  text: z.string().trim().min(1).max(2000),
  type: QuestionType,
  scaleMin: z.number().int().min(0).max(10).nullable(),
  scaleMax: z.number().int().min(1).max(10).nullable(),
  labels: z.array(Label).max(200),
  group: z.string().max(200),
  link: QuestionLink,
  /** Which way is better (see direction.ts); verdicts, colours and composites follow it. */
  direction: QuestionDirection,
});
export type QuestionInput = z.infer<typeof QuestionInput>;

/** `version` counts the question's edits; the list as a whole is guarded by its survey's version. */
export const Question = QuestionInput.extend({ id: Id, position: z.number(), version: z.number().int() });
export type Question = z.infer<typeof Question>;

export const SurveyMeta = z.object({
  name: z.string().trim().min(1).max(200),
  kind: SurveyKind,
  description: z.string().max(10_000),
});
export type SurveyMeta = z.infer<typeof SurveyMeta>;

export const Round = z.object({
  id: Id,
  surveyId: Id,
  label: z.string().trim().min(1).max(200),
  phase: SurveyKind,
  fieldStart: z.string().nullable(),
  fieldEnd: z.string().nullable(),
  notes: z.string().max(10_000),
  responses: z.number().int(),
  createdAt: z.string(),
  /** Counts the round's edits; `rounds.update` and `rounds.delete` name the version they were based on. */
  version: z.number().int(),
});
export type Round = z.infer<typeof Round>;

export const SurveySummary = SurveyMeta.extend({
  id: Id,
  template: z.string().nullable(),
  questionCount: z.number().int(),
  rounds: z.array(Round),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Counts edits of the survey and of its question list (`surveys.update`, `surveys.saveQuestions`). */
  version: z.number().int(),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

/** A question removed with its answers, kept so it can be put back (`surveys.restoreQuestions`). */
export const RemovedQuestion = z.object({ id: Id, code: z.string().nullable(), text: z.string(), answers: z.number().int(), removedAt: z.string() });
export type RemovedQuestion = z.infer<typeof RemovedQuestion>;

export const Survey = SurveySummary.extend({ questions: z.array(Question), removedQuestions: z.array(RemovedQuestion) });
export type Survey = z.infer<typeof Survey>;
