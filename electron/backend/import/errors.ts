/**
 * The one error the file-reading layer throws. Every message names the file, and the
 * sheet, row and column where there is one, because the user has to find the problem
 * in a file we cannot show them.
 */
import { columnLetter } from '../../../shared/domain/survey/mapping';
import { AppError } from '../../../shared/errors';
import { wordMessage } from '../../../shared/messages/errorText';
import type { MessageData } from '../../../shared/messages/format';

/** Where in a file a problem sits. Rows and columns are 1-based, as a spreadsheet shows them. */
export interface ImportErrorAt {
  file: string;
  sheet?: string | null;
  row?: number | null;
  column?: number | null;
}

/** A file that cannot be read faithfully. Code `validation`: the input is at fault, not the app. */
export class ImportError extends AppError {
  /** 1-based row, if the problem is in one. */
  readonly row: number | null;
  /** 1-based column, if the problem is in one. */
  readonly column: number | null;

  /**
   * @param problem A message of the catalogues (`import.read.*`, whose wording starts with
   *   `{{at}}`, the place), or an English phrase to follow the location: after a bare file name
   *   it reads as a sentence ("survey.csv has no rows"); after a row/column it follows a colon
   *   ("survey.csv, row 12, column D: unterminated quoted field").
   * @param extra More parameters, e.g. `messageCode` for a problem worded from shared/messages.
   */
  constructor(at: ImportErrorAt, problem: string | MessageData, extra?: Record<string, string | number>) {
    const row = at.row ?? null;
    const column = at.column ?? null;
    const { messageCode, ...rest } = extra ?? {};
    const coded = typeof problem === 'string' ? null : problem;
    const params: Record<string, string | number> = { ...rest, ...coded?.params, file: at.file };
    if (!coded) params.problem = problem as string;
    if (at.sheet) params.sheet = at.sheet;
    if (row !== null) params.row = row;
    if (column !== null) params.column = columnName(column);
    const code = coded?.code ?? (typeof messageCode === 'string' ? messageCode : undefined);
    const message = coded ? wordMessage('en', coded.code, params) : importMessage(at, problem as string);
    super({ code: 'validation', message, params, messageCode: code });
    this.name = 'ImportError';
    this.row = row;
    this.column = column;
  }
}

/** Spreadsheet column name for a 1-based index (the shared helper counts from 0): 1 → A, 27 → AA. */
export function columnName(column: number): string {
  return column < 1 ? '?' : columnLetter(Math.floor(column) - 1);
}

function importMessage(at: ImportErrorAt, problem: string): string {
  let where = at.file;
  if (at.sheet) where += `, sheet "${at.sheet}"`;
  const cell = (at.row != null ? `, row ${at.row}` : '') + (at.column != null ? `, column ${columnName(at.column)}` : '');
  return cell ? `${where}${cell}: ${problem}` : `${where} ${problem}`;
}
