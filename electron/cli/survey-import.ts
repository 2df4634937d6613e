/**
 * `journey-audit survey import <workspace> <file> --survey <name> --round <label>
 *   [--kind internal|external] [--sheet <name>] [--encoding <enc>] [--mapping <file>] [--labels <text-export>]
 *   [--replace | --skip-duplicate] [--strict] [--keep-outliers] [--lower-better <label>]… [--higher-better <label>]…
 *   [--lang en|zh-CN] [--json]`
 * Creates the survey and the round when missing; all-or-nothing. Unexpected values are kept
 * as unscored text and reported as warnings (worded in `--lang`); `--strict` refuses the
 * file on any of them instead. A question's direction is the default of its wording
 * (transfer counts, waiting time… are lower-better) unless a --lower-better /
 * --higher-better label (its code, text or column header) says otherwise. `--labels` names
 * the text export of the same survey when <file> is 问卷星's option-number export: codes then
 * read as their options' texts (and that mapping is saved for the survey's next import). A
 * later option-number file imported without `--labels` reads its codes through that saved
 * mapping, and a warning (`import.codes.savedTexts`, one per column) says so. A `--labels` file
 * that names none of the file's bare option numbers is refused and nothing is written.
 */
import { questionKey } from '../../shared/domain/survey/convert';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportMapping, SavedMapping } from '../../shared/domain/survey/mapping';
import { codeTextColumns, isNumberedOptions, namedColumns } from '../../shared/domain/survey/option-codes';
import { applyDirectionOverrides, directionOverrides } from './directions';
import { appError } from '../../shared/messages/appError';
import { toErrorIssue } from '../../shared/messages/issues';
import { executeImport, loadSavedMapping, stageBytes, suggestForStaged } from '../backend/import/run';
import { columnName } from '../backend/import/errors';
import { type MessageLang, messageText } from '../../shared/messages/catalog';
import { wordMessage } from '../../shared/messages/errorText';
import { findSurveyByName, getRound, insertRound, insertSurvey, listQuestions, listRounds } from '../backend/surveys/repo';
import type { CliOutput } from './output';
import { withWorkspace } from './workspace';

function readMapping(file: string): { mapping?: ImportMapping; saved?: SavedMapping } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw appError('validation', 'cli.mapping_unreadable', { path: file, detail: (e as Error).message });
  }
  const asMapping = ImportMapping.safeParse(data);
  if (asMapping.success) return { mapping: asMapping.data };
  const asSaved = SavedMapping.safeParse(data);
  if (asSaved.success) return { saved: asSaved.data };
  const issue = asMapping.error.issues[0];
  throw appError('validation', 'cli.mapping_invalid', { path: file }, issue ? [toErrorIssue(issue)] : []);
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw appError('validation', 'cli.file_unreadable', { path, detail: (e as Error).message });
  }
}

export async function runSurveyImport(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      survey: { type: 'string' },
      round: { type: 'string' },
      kind: { type: 'string', default: 'external' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      mapping: { type: 'string' },
      labels: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'skip-duplicate': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'keep-outliers': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      'lower-better': { type: 'string', multiple: true },
      'higher-better': { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const [workspace, file] = positionals;
  if (!workspace || !file || positionals.length !== 2 || !values.survey || !values.round) {
    throw appError('validation', 'cli.usage', { usage: 'survey import <workspace> <file> --survey <name> --round <label>' });
  }
  if (values.kind !== 'internal' && values.kind !== 'external') throw appError('validation', 'cli.bad_kind', { value: String(values.kind) });
  const kind = values.kind;
  if (values.lang !== 'en' && values.lang !== 'zh-CN') throw appError('validation', 'cli.bad_lang', { value: String(values.lang) });
  const lang: MessageLang = values.lang;
  const path = resolve(file);
  const bytes = readInput(path);
  const fromFile = values.mapping ? readMapping(values.mapping) : {};
  const overrides = directionOverrides(values['lower-better'] ?? [], values['higher-better'] ?? []);
  const options = { encoding: values.encoding, sheet: values.sheet, delimiter: values.delimiter };
  const staged = await stageBytes(bytes, basename(path), options);
  const labelsFrom = values.labels ? await stageBytes(readInput(resolve(values.labels)), basename(values.labels), { sheet: values.sheet }) : undefined;

  return withWorkspace(workspace, (db) => {
    const { survey, round, result, mapping, savedTexts } = db.transaction(() => {
      const survey = findSurveyByName(db, values.survey!) ?? { id: insertSurvey(db, { name: values.survey!, kind, description: '' }, null) };
      const existing = listRounds(db, survey.id).find((r) => r.label === values.round);
      const round = getRound(db, existing?.id ?? insertRound(db, survey.id, { label: values.round!, phase: kind, fieldStart: null, fieldEnd: null, notes: '' }).id);
      let mapping = fromFile.mapping;
      const saved = loadSavedMapping(db, survey.id);
      const questions = listQuestions(db, survey.id);
      mapping ??= suggestForStaged(staged, questions, fromFile.saved ?? saved, labelsFrom).mapping;
      // A --labels file that names none of the file's bare option numbers is not this survey's text export: refused, nothing written.
      const plain = labelsFrom && !fromFile.mapping ? suggestForStaged(staged, questions, fromFile.saved ?? saved).mapping.columns : [];
      if (plain.some(isNumberedOptions) && namedColumns(plain, mapping.columns) === 0) {
        throw appError('validation', 'import.labels_no_match', { labels: labelsFrom!.fileName, file: staged.fileName });
      }
      if (values['keep-outliers']) mapping = { ...mapping, keepOutliers: true };
      mapping = applyDirectionOverrides(db, survey.id, mapping, staged.layout.columns.map((c) => c.header), overrides);
      const onDuplicate = values.replace ? 'replace' : values['skip-duplicate'] ? 'skip' : 'refuse';
      // Option numbers read through the survey's saved mapping (no --labels, no --mapping): said, column by column.
      const savedTexts = labelsFrom || values.mapping || !saved ? [] : codeTextColumns(staged.layout, staged.table.rows, mapping.columns, saved).filter((c) => c.saved);
      const result = executeImport(db, staged, { surveyId: survey.id, roundRowId: round.rowId, mapping, onDuplicate, strict: values.strict, lang });
      return { survey, round, result, mapping, savedTexts };
    })();
    const notes = savedTexts.map((c) => {
      const params = { column: c.column, question: c.question, options: c.options.length, count: c.cells };
      return { code: 'import.codes.savedTexts', column: c.column, rows: [] as number[], count: c.cells, params, message: messageText(lang, 'import.codes.savedTexts', params) };
    });
    const questions = new Set(mapping.columns.flatMap((m) => (m.action === 'question' ? [questionKey(m)] : []))).size;
    const json = {
      ok: true,
      survey: values.survey,
      surveyId: survey.id,
      round: round.label,
      roundId: round.id,
      responses: result.responses,
      answers: result.answers,
      questions,
      newQuestions: result.questions,
      format: staged.layout.tool,
      fileFormat: staged.table.format,
      encoding: staged.table.encoding,
      sheet: staged.table.sheet,
      replaced: result.replaced,
      skipped: result.skipped,
      warnings: result.warningCount + staged.table.warnings.length + notes.length,
      warningDetails: [
        ...notes,
        ...result.warnings.map((w) => ({ code: w.code, column: w.column, rows: w.rows, count: w.count, params: w.params, message: messageText(lang, w.code, w.params) })),
        ...staged.table.warnings.map((w) => ({ code: w.code ?? 'import.file.reader', column: w.column === null ? '' : columnName(w.column), rows: w.row ? [w.row] : [], count: 1, params: w.params ?? {}, message: w.code ? wordMessage(lang, w.code, w.params) : w.message })),
      ],
    };
    const text = result.skipped
      ? `Skipped: ${basename(path)} was already imported into ${values.survey} / ${round.label}`
      : `Imported ${result.responses} responses (${result.answers} answers, ${questions} questions, ${result.questions} new) from ${basename(path)} — ${staged.layout.tool}, ${fileKind(staged.table)} — into ${values.survey} / ${round.label}${result.replaced ? ' (replacing the earlier import)' : ''}`;
    const warningLines = json.warningDetails.slice(notes.length, notes.length + 20).map((w) => `  ${w.column ? `${w.column}: ` : ''}${w.message}${w.rows.length ? ` [${w.rows.slice(0, 8).join(', ')}${w.count > 8 ? ', …' : ''}]` : ''}`);
    const noteLines = notes.map((n) => `  ${n.message}`);
    return { json, text: [text, ...noteLines, ...(warningLines.length ? [messageText(lang, 'import.cli.warnings', { count: json.warnings - notes.length }), ...warningLines] : [])].join('\n'), exitCode: 0 };
  });
}

/** How the file was read: its encoding for text, its format for a workbook, both for a web-page table ("html gbk"). */
function fileKind(table: { format: string; encoding: string | null }): string {
  if (table.encoding === null) return table.format;
  return table.format === 'csv' || table.format === 'tsv' ? table.encoding : `${table.format} ${table.encoding}`;
}
