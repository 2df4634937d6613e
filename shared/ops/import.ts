/**
 * The import wizard: preview a file (read, detect, suggest a mapping), name the options of a
 * 问卷星 option-number export from its text export, check it (every problem before anything
 * is written), then start, follow and cancel the import job.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { ImportIssueSchema } from '../domain/survey/issues';
import { ColumnMapping, ImportMapping, ImportProblemSchema } from '../domain/survey/mapping';
import { op, type OpMap } from './op';

/**
 * What the importer reads: the bytes of a file the user picked in the page. No operation
 * takes a path to read, so no caller (another local process, a page) can make the backend
 * read a file the user did not choose. The CLI reads its own arguments directly.
 */
export const ImportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), name: z.string().min(1).max(500), base64: z.string().max(90_000_000) }),
]);

export const ReadOptions = z
  .object({ encoding: z.string().max(40).optional(), sheet: z.string().max(200).optional(), delimiter: z.string().max(2).optional() })
  .strict();

export const PreviewColumn = z.object({
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  code: z.string().nullable(),
  question: z.string(),
  subQuestion: z.string().nullable(),
  role: z.string(),
  /** Up to 20 distinct non-empty answers, most frequent first. */
  distinct: z.array(z.string()),
  filled: z.number().int(),
  mapping: ColumnMapping,
});
export type PreviewColumn = z.infer<typeof PreviewColumn>;

export const ImportPreview = z.object({
  stagingId: Id,
  fileName: z.string(),
  sha256: z.string(),
  format: z.string(),
  tool: z.string(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headerRows: z.number().int(),
  rowCount: z.number().int(),
  columns: z.array(PreviewColumn),
  previewRows: z.array(z.array(z.string())),
  warnings: z.array(ImportProblemSchema),
  /** True when the mapping came from the survey's saved mapping. */
  savedMappingUsed: z.boolean(),
  /** Columns of a 问卷星 option-number export ("按选项序号") that hold bare option numbers: the text export of the same survey would name them. */
  numberedOptions: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCheck = z.object({
  responses: z.number().int(),
  answers: z.number().int(),
  newQuestions: z.number().int(),
  /** Unexpected values, kept (as unscored text) and reported by code, column, count and rows; they do not stop the import. */
  warnings: z.array(ImportIssueSchema),
  warningCount: z.number().int(),
  /** Columns whose option numbers read as option texts (from the survey's text export or its saved mapping), with those texts. */
  codeTexts: z.array(
    z.object({
      column: z.string(),
      question: z.string(),
      options: z.array(z.object({ code: z.string(), text: z.string() })),
      cells: z.number().int(),
      /** The texts are the ones the survey's saved mapping remembers. */
      saved: z.boolean(),
    }),
  ),
  /** An earlier import of the same bytes into this round. */
  duplicate: z.object({ importedAt: z.string(), responses: z.number().int(), fileName: z.string() }).nullable(),
});
export type ImportCheck = z.infer<typeof ImportCheck>;

/** The option-number export's mapping once the text export of the same survey names its options. */
export const ImportLabels = z.object({
  fileName: z.string(),
  /** The suggested mapping of every column, codes read as their options' texts where the text export has them. */
  columns: z.array(ColumnMapping),
  /** Columns whose option numbers now read as texts. */
  translated: z.number().int(),
});
export type ImportLabels = z.infer<typeof ImportLabels>;

export const ImportJob = z.object({
  jobId: Id,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  result: z.object({ responses: z.number().int(), answers: z.number().int(), questions: z.number().int(), replaced: z.boolean() }).nullable(),
  error: z.object({ code: z.string(), message: z.string(), messageCode: z.string().optional(), params: z.record(z.string(), z.unknown()).optional() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const importOps = {
  'import.preview': op(z.object({ source: ImportSource, options: ReadOptions.default({}), surveyId: Id.nullable() }).strict(), ImportPreview),
  'import.labels': op(z.object({ stagingId: Id, surveyId: Id.nullable(), source: ImportSource, options: ReadOptions.default({}) }).strict(), ImportLabels),
  'import.check': op(z.object({ stagingId: Id, surveyId: Id, roundId: Id.nullable(), mapping: ImportMapping }).strict(), ImportCheck),
  'import.start': op(
    z.object({ stagingId: Id, surveyId: Id, roundId: Id, mapping: ImportMapping, onDuplicate: z.enum(['replace', 'skip', 'refuse']).default('refuse') }).strict(),
    ImportJob,
  ),
  'import.progress': op(z.object({ jobId: Id }).strict(), ImportJob),
  'import.cancel': op(z.object({ jobId: Id }).strict(), ImportJob),
} satisfies OpMap;
