/**
 * One import, start to finish, shared by the CLI, the inline path and the worker thread:
 * read the bytes once, detect the layout, convert under the mapping (keeping and reporting what
 * was unexpected), write in one transaction, remember the mapping for the next round.
 */
import { createHash } from 'node:crypto';
import { type Converted, convertTable, newQuestionKey } from '../../../shared/domain/survey/convert';
import { type DetectedLayout, detectLayout } from '../../../shared/domain/survey/layout';
import { type ImportMapping, SavedMapping } from '../../../shared/domain/survey/mapping';
import { isSkipped } from '../../../shared/domain/survey/answers';
import { type ColumnStats, columnStats, suggestMapping, toSavedMapping } from '../../../shared/domain/survey/auto-map';
import { markRankColumns } from '../../../shared/domain/survey/rank-columns';
import { applyCodeTexts, codeTexts } from '../../../shared/domain/survey/code-labels';
import type { Question } from '../../../shared/domain/survey/types';
import type { ImportIssue } from '../../../shared/domain/survey/issues';
import { AppError } from '../../../shared/errors';
import { type MessageLang, messageText } from '../../../shared/messages/catalog';
import type { Db } from '../db/open';
import { now } from '../db/ids';
import type { RawTable } from './read-table';
import { type WriteResult, writeImport } from './write';
import { surveyComposites } from '../surveys/composites';
import { warmRound } from '../surveys/round-aggregates';

export interface ReadOptions {
  encoding?: string;
  sheet?: string;
  delimiter?: string;
}

export interface StagedFile {
  fileName: string;
  sha256: string;
  table: RawTable;
  layout: DetectedLayout;
}

export async function stageBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<StagedFile> {
  // The file readers (exceljs, SheetJS, iconv, jschardet, papaparse) take hundreds of
  // milliseconds to load; only an import needs them, so they load on the first one.
  const { readTableBuffer } = await import('./read-table');
  return stageTable(bytes, fileName, await readTableBuffer(bytes, fileName, options));
}

/** A file already read into a table (e.g. by a reading worker), staged for the wizard. */
export function stageTable(bytes: Uint8Array, fileName: string, table: RawTable): StagedFile {
  const layout = detectLayout(table.rows);
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), table, layout };
}

/** Per-column answer statistics and the suggested mapping for a staged file. */
export function suggestForStaged(
  staged: StagedFile,
  questions: readonly Question[],
  saved: SavedMapping | null,
  labelsFrom?: StagedFile,
): { stats: ColumnStats[]; mapping: ImportMapping; savedUsed: boolean } {
  const { table, layout } = staged;
  const stats = layout.columns.map((c) => columnStats(table.rows, layout.dataStartRow, c.index, (raw) => isSkipped(raw, layout.tool)));
  const suggested = suggestMapping(layout, stats, questions, saved);
  let mapping = markRankColumns(suggested.mapping, layout, table.rows);
  if (labelsFrom) {
    // An option-number export with the text export of the same survey: codes take their options' texts.
    const texts = codeTexts({ layout, rows: table.rows }, { layout: labelsFrom.layout, rows: labelsFrom.table.rows });
    mapping = applyCodeTexts(mapping, layout, stats, texts, layout.tool);
  }
  return { stats, ...suggested, mapping };
}

/**
 * Converts under `mapping`. Unexpected values are warnings and the file imports; with
 * `strict` (the CLI's `--strict`) any warning refuses the whole file, as scripts may want.
 */
export function convertOrThrow(staged: StagedFile, mapping: ImportMapping, strict = false, lang: MessageLang = 'en'): Converted {
  const converted = convertTable(staged.table.rows, mapping, staged.layout.tool);
  if (strict) refuseIfWarned(converted, staged.fileName, lang);
  return converted;
}

function refuseIfWarned(converted: Converted, fileName: string, lang: MessageLang): void {
  if (converted.warningCount === 0) return;
  const first = converted.warnings.slice(0, 5).map((w) => `${w.column} [${w.rows.slice(0, 5).join(', ')}]: ${messageText(lang, w.code, w.params)}`);
  throw new AppError({
    code: 'validation',
    message: messageText('en', 'import.strict.refused', { file: fileName, count: converted.warningCount }) + ` — ${first.join('; ')}`,
    messageCode: 'import.strict.refused',
    params: { file: fileName, count: converted.warningCount },
    // Cells as a spreadsheet names them (B10, B12), which reads the same in every language.
    issues: converted.warnings.map((w) => ({
      path: w.rows.slice(0, 20).map((r) => `${w.column}${r}`).join(', ') + (w.rows.length > 20 ? ', …' : ''),
      code: w.code,
      params: w.params,
      message: messageText('en', w.code, w.params),
    })),
  });
}

export function loadSavedMapping(db: Db, surveyId: string): SavedMapping | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE survey_id = ?').get(surveyId) as { mapping: string } | undefined;
  if (!row) return null;
  const parsed = SavedMapping.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

export interface ExecuteRequest {
  surveyId: string;
  roundRowId: number;
  mapping: ImportMapping;
  onDuplicate: 'replace' | 'skip' | 'refuse';
  /** Compute the round's aggregates (summary, comparison) after writing (default true; see surveys/round-aggregates.ts). */
  warm?: boolean;
  /** Refuse the whole file on any unexpected value (default false: keep and report them). */
  strict?: boolean;
  /** Language of a refusal's message (the CLI's --lang). */
  lang?: MessageLang;
}

export type ExecuteResult = WriteResult & { warnings: ImportIssue[]; warningCount: number };

/** What the write keeps of the file besides its answers: its name, fingerprint, format and layout. */
export interface ImportSource {
  fileName: string;
  sha256: string;
  format: string;
  encoding: string | null;
  layout: DetectedLayout;
}

export function importSource(staged: StagedFile): ImportSource {
  return { fileName: staged.fileName, sha256: staged.sha256, format: `${staged.layout.tool}/${staged.table.format}`, encoding: staged.table.encoding, layout: staged.layout };
}

export function executeImport(db: Db, staged: StagedFile, req: ExecuteRequest, progress?: (done: number, total: number) => void): ExecuteResult {
  return writeConverted(db, importSource(staged), convertOrThrow(staged, req.mapping, req.strict === true, req.lang), req, progress);
}

/**
 * Writes answers already converted under `req.mapping` (the wizard's check converted them
 * once; the import's worker writes that very result), then remembers the mapping.
 */
export function writeConverted(db: Db, source: ImportSource, converted: Converted, req: ExecuteRequest, progress?: (done: number, total: number) => void): ExecuteResult {
  if (req.strict === true) refuseIfWarned(converted, source.fileName, req.lang ?? 'en');
  const result = writeImport(
    db,
    {
      surveyId: req.surveyId,
      roundRowId: req.roundRowId,
      converted,
      fileName: source.fileName,
      sha256: source.sha256,
      format: source.format,
      encoding: source.encoding,
      onDuplicate: req.onDuplicate,
    },
    progress,
  );
  if (!result.skipped) {
    // Map each new question back to its id, so the saved mapping points at it next time.
    const rows = db.prepare('SELECT uid, type, code, text FROM questions WHERE survey_id = ?').all(req.surveyId) as { uid: string; type: string; code: string | null; text: string }[];
    const created = new Map(rows.map((r) => [newQuestionKey(r.type, r.code, r.text), r.uid]));
    const saved = toSavedMapping(source.layout, req.mapping, created);
    db.prepare('INSERT INTO import_mappings (survey_id, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (survey_id) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(
      req.surveyId,
      JSON.stringify(saved),
      now(),
    );
    if (req.warm !== false) warmRound(db, req.roundRowId, surveyComposites(db, req.surveyId));
  }
  return { ...result, warnings: converted.warnings, warningCount: converted.warningCount };
}
