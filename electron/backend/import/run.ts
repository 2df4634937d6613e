/**
 * One import, start to finish, shared by the CLI, the inline path and the worker thread:
 * read the bytes, detect the layout, convert under the mapping (refusing the whole file on
 * any problem), write in one transaction, remember the mapping for the next round.
 */
import { createHash } from 'node:crypto';
import { type Converted, convertTable } from '../../../shared/domain/survey/convert';
import { type DetectedLayout, detectLayout } from '../../../shared/domain/survey/layout';
import { type ImportMapping, SavedMapping } from '../../../shared/domain/survey/mapping';
import { isSkipped } from '../../../shared/domain/survey/answers';
import { type ColumnStats, columnStats, suggestMapping, toSavedMapping } from '../../../shared/domain/survey/auto-map';
import { markRankColumns } from '../../../shared/domain/survey/rank-columns';
import type { Question } from '../../../shared/domain/survey/types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { now } from '../db/ids';
import type { RawTable } from './read-table';
import { type WriteResult, writeImport } from './write';
import { warmRound } from '../compare/aggregates';
import { surveyComposites } from '../compare/composites';

export interface ReadOptions {
  encoding?: string;
  sheet?: string;
  delimiter?: string;
}

export interface StagedFile {
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  table: RawTable;
  layout: DetectedLayout;
}

export async function stageBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<StagedFile> {
  // The file readers (exceljs, SheetJS, iconv, jschardet, papaparse) take hundreds of
  // milliseconds to load; only an import needs them, so they load on the first one.
  const { readTableBuffer } = await import('./read-table');
  const table = await readTableBuffer(bytes, fileName, options);
  const layout = detectLayout(table.rows);
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, table, layout };
}

/** Per-column answer statistics and the suggested mapping for a staged file. */
export function suggestForStaged(
  staged: StagedFile,
  questions: readonly Question[],
  saved: SavedMapping | null,
): { stats: ColumnStats[]; mapping: ImportMapping; savedUsed: boolean } {
  const { table, layout } = staged;
  const stats = layout.columns.map((c) => columnStats(table.rows, layout.dataStartRow, c.index, (raw) => isSkipped(raw, layout.tool)));
  const suggested = suggestMapping(layout, stats, questions, saved);
  return { stats, ...suggested, mapping: markRankColumns(suggested.mapping, layout, table.rows) };
}

/** Converts and refuses the file if anything in it cannot be imported as mapped. */
export function convertOrThrow(staged: StagedFile, mapping: ImportMapping): Converted {
  const converted = convertTable(staged.table.rows, mapping, staged.layout.tool);
  if (converted.problemCount > 0) {
    const first = converted.problems.slice(0, 5).map((p) => `row ${p.row}, column ${p.column}: ${p.message}`);
    throw new AppError({
      code: 'validation',
      message: `${staged.fileName}: ${converted.problemCount} problem${converted.problemCount === 1 ? '' : 's'}, nothing imported — ${first.join('; ')}`,
      params: { file: staged.fileName, problems: converted.problemCount },
      issues: converted.problems.map((p) => ({ path: `row ${p.row}, column ${p.column}`, message: p.message })),
    });
  }
  return converted;
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
  /** Compute the round's comparison aggregates after writing (default true; see compare/aggregates.ts). */
  warm?: boolean;
}

export function executeImport(db: Db, staged: StagedFile, req: ExecuteRequest, progress?: (done: number, total: number) => void): WriteResult {
  const converted = convertOrThrow(staged, req.mapping);
  const result = writeImport(
    db,
    {
      surveyId: req.surveyId,
      roundRowId: req.roundRowId,
      converted,
      fileName: staged.fileName,
      sha256: staged.sha256,
      format: `${staged.layout.tool}/${staged.table.format}`,
      encoding: staged.table.encoding,
      onDuplicate: req.onDuplicate,
    },
    progress,
  );
  if (!result.skipped) {
    // Map each new question back to its id, so the saved mapping points at it next time.
    const rows = db.prepare('SELECT uid, type, text FROM questions WHERE survey_id = ?').all(req.surveyId) as { uid: string; type: string; text: string }[];
    const created = new Map(rows.map((r) => [`new:${r.type}:${r.text}`, r.uid]));
    const saved = toSavedMapping(staged.layout, req.mapping, created);
    db.prepare('INSERT INTO import_mappings (survey_id, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (survey_id) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(
      req.surveyId,
      JSON.stringify(saved),
      now(),
    );
    if (req.warm !== false) warmRound(db, req.roundRowId, surveyComposites(db, req.surveyId));
  }
  return result;
}
