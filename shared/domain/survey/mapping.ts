/**
 * How an imported table's columns map onto a survey: each column is a question (existing
 * or new, with the answer-text → value map), a respondent attribute, respondent metadata,
 * or ignored. Saved per survey so the next round of the same survey imports in one click.
 */
import { z } from 'zod';
import { Id } from '../journey';
import { QuestionDirection } from './direction';
import { Label, QuestionType } from './types';

export const ColumnMapping = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ignore') }),
  z.object({ action: z.literal('respondent-id') }),
  z.object({ action: z.literal('submitted-at') }),
  z.object({ action: z.literal('duration') }),
  z.object({ action: z.literal('attribute'), name: z.string().trim().min(1).max(100) }),
  z.object({
    action: z.literal('question'),
    /** An existing question of the survey, or null to create one from this column. */
    questionId: Id.nullable(),
    type: QuestionType,
    text: z.string().trim().min(1).max(2000),
    code: z.string().max(100).nullable(),
    scaleMin: z.number().int().min(0).max(10).nullable(),
    scaleMax: z.number().int().min(1).max(10).nullable(),
    labels: z.array(Label).max(200),
    /** Answer text (normalised: trimmed, lower case) → stored value. Numbers map to themselves. */
    values: z.record(z.string(), z.number()),
    /** Answer keys that mean "no rating" ("don't know", "不适用"): counted as missing, never scored. */
    missing: z.array(z.string().max(500)).max(50).optional(),
    /**
     * The option that collects write-ins: an answer that is not one of the options is stored
     * under this value with its text (Google Forms "Other:", 问卷星 "其他〖…〗"). Absent or
     * null: such an answer is kept as unscored text and reported.
     */
    other: z.number().nullable().optional(),
    /**
     * This column holds the write-in text of the question's "Other" option, beside the
     * question's own column(s) (LimeSurvey `Q3[other]` next to `Q3`): any text in it chooses
     * `other` and is stored with it.
     */
    otherText: z.boolean().optional(),
    /** A multiple choice in one column: what joins the chosen options when it is not the tool's own ("," in 金数据 or a hand-made sheet). */
    joiner: z.string().min(1).max(3).optional(),
    /** A number written with a decimal comma (3,5), as European Excel saves it. */
    decimalComma: z.boolean().optional(),
    /** Which way is better for a new question; unset, the default of direction.ts for its text. */
    direction: QuestionDirection.optional(),
  }),
]);
export type ColumnMapping = z.infer<typeof ColumnMapping>;
export type QuestionColumn = Extract<ColumnMapping, { action: 'question' }>;

export const ImportMapping = z.object({
  /** Number of header rows above the data (from layout detection unless overridden). */
  headerRows: z.number().int().min(0).max(50),
  /**
   * Keep implausible numbers in means (default false: a number far outside the rest — beyond
   * three interquartile ranges from the quartiles — is flagged as an outlier and left out).
   */
  keepOutliers: z.boolean().optional(),
  /** One entry per column of the file, in order. */
  columns: z.array(ColumnMapping).max(2000),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** A saved mapping is keyed by column header, so a file with columns in another order still maps. */
export const SavedMapping = z.object({ byHeader: z.record(z.string(), ColumnMapping) });
export type SavedMapping = z.infer<typeof SavedMapping>;

/** The key of a text answer in `values`: trimmed, inner whitespace collapsed, lower case. */
export const answerKey = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toLowerCase();

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface ImportProblem {
  /** 1-based row number as a spreadsheet shows it (header rows included). */
  row: number;
  /** Column letter (A, B, …, AA). */
  column: string;
  message: string;
}
/** A file-reader warning: English `message`, and the catalogue's `code` and `params` to word it in the user's language. */
export const ImportProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
