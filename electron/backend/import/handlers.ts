/**
 * Handlers for the import wizard: preview (read, detect, suggest a mapping), labels (a
 * 问卷星 option-number export's codes named by its text export), check (every problem
 * before anything is written), start / progress / cancel.
 */
import { codeTextColumns, namedColumns, numberedOptionColumns } from '../../../shared/domain/survey/option-codes';
import { columnLetter } from '../../../shared/domain/survey/mapping';
import { appError } from '../../../shared/messages/appError';
import type { importOps } from '../../../shared/ops/import';
import type { HandlersOf } from '../../../shared/ops/op';
import { getRound, listQuestions, getSurveySummary } from '../surveys/repo';
import type { WorkspaceSession } from '../workspace/session';
import type { ImportJobs } from './jobs';
import { loadSavedMapping, suggestForStaged } from './run';
import { columnName } from './errors';
import { findDuplicate } from './write';

const PREVIEW_ROWS = 8;

export function importHandlers(session: WorkspaceSession, jobs: ImportJobs): HandlersOf<typeof importOps> {
  const db = () => session.requireDb();
  return {
    'import.preview': async ({ source, options, surveyId }) => {
      const bytes = Buffer.from(source.base64, 'base64');
      const name = source.name;
      const staged = await jobs.read(bytes, name, options);
      const { table, layout } = staged;
      const questions = surveyId ? listQuestions(db(), surveyId) : [];
      const saved = surveyId ? loadSavedMapping(db(), surveyId) : null;
      const { stats, mapping, savedUsed } = suggestForStaged(staged, questions, saved);
      const stagingId = jobs.stage(staged);
      return {
        stagingId,
        fileName: name,
        sha256: staged.sha256,
        format: table.format,
        tool: layout.tool,
        encoding: table.encoding,
        delimiter: table.delimiter,
        sheet: table.sheet,
        sheets: table.sheets,
        headerRows: layout.dataStartRow,
        rowCount: Math.max(0, table.rows.length - layout.dataStartRow),
        columns: layout.columns.map((c, i) => ({
          index: c.index,
          letter: columnLetter(c.index),
          header: c.header,
          code: c.code,
          question: c.question,
          subQuestion: c.subQuestion,
          role: c.role,
          distinct: stats[i]!.distinct.slice(0, 20),
          filled: stats[i]!.filled,
          mapping: mapping.columns[i]!,
        })),
        previewRows: table.rows.slice(layout.dataStartRow, layout.dataStartRow + PREVIEW_ROWS).map((r) => r.map((c) => c.slice(0, 200))),
        warnings: table.warnings.slice(0, 100).map((w) => ({ row: w.row ?? 0, column: w.column === null ? '' : columnName(w.column), message: w.message, ...(w.code ? { code: w.code, params: w.params ?? {} } : {}) })),
        savedMappingUsed: savedUsed,
        numberedOptions: numberedOptionColumns(layout.tool, mapping.columns),
      };
    },
    'import.labels': async ({ stagingId, surveyId, source, options }) => {
      const staged = jobs.getStaged(stagingId);
      const labelsFrom = await jobs.read(Buffer.from(source.base64, 'base64'), source.name, options);
      const questions = surveyId ? listQuestions(db(), surveyId) : [];
      const saved = surveyId ? loadSavedMapping(db(), surveyId) : null;
      const plain = suggestForStaged(staged, questions, saved).mapping.columns;
      const { mapping } = suggestForStaged(staged, questions, saved, labelsFrom);
      const translated = namedColumns(plain, mapping.columns);
      if (translated === 0) throw appError('validation', 'import.labels_no_match', { labels: source.name, file: staged.fileName });
      return { fileName: source.name, columns: mapping.columns, translated };
    },
    'import.check': ({ stagingId, surveyId, roundId, mapping }) => {
      getSurveySummary(db(), surveyId);
      const staged = jobs.getStaged(stagingId);
      const converted = jobs.convert(stagingId, mapping);
      const dup = roundId ? findDuplicate(db(), getRound(db(), roundId).rowId, staged.sha256) : null;
      return {
        responses: converted.rowCount,
        answers: converted.answers,
        newQuestions: converted.questions.filter((q) => q.mapping.questionId === null).length,
        codeTexts: codeTextColumns(staged.layout, staged.table.rows, mapping.columns, loadSavedMapping(db(), surveyId)).map(({ index: _index, ...c }) => c),
        warnings: converted.warnings.slice(0, 500),
        warningCount: converted.warningCount,
        duplicate: dup ? { importedAt: dup.importedAt, responses: dup.responses, fileName: dup.fileName } : null,
      };
    },
    'import.start': ({ stagingId, surveyId, roundId, mapping, onDuplicate }) => {
      getSurveySummary(db(), surveyId);
      const round = getRound(db(), roundId);
      if (round.surveyId !== surveyId) throw appError('validation', 'import.round_mismatch');
      return jobs.start(db(), session.status().path!, stagingId, { surveyId, roundRowId: round.rowId, mapping, onDuplicate });
    },
    'import.progress': ({ jobId }) => jobs.progress(jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
