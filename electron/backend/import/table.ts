/**
 * The table every reader produces, the limits every file must respect, and the checks
 * shared by the CSV and spreadsheet readers.
 */
import { wordMessage } from '../../../shared/messages/errorText';
import type { MessageData, MessageParams } from '../../../shared/messages/format';
import { ImportError, columnName } from './errors';

/** Something the user should know about a file that was still read. Row and column are 1-based; `null` when the warning is about the whole file. */
export interface TableWarning {
  row: number | null;
  column: number | null;
  /** English wording, for logs and English callers. */
  message: string;
  /** The catalogue's code (`import.warn.*`) and its parameters, to word it in the user's language. */
  code?: string;
  params?: MessageParams;
}

/** A file's cells as text, before anything decides what they mean. */
export interface RawTable {
  file: string;
  /** What the file was: text tables, Excel workbooks (xlsx, xlsb, BIFF xls), OpenDocument (ods, fods), or an HTML / Excel 2003 XML table. */
  format: 'csv' | 'tsv' | 'xlsx' | 'xls' | 'xlsb' | 'ods' | 'fods' | 'html' | 'xml';
  /** The text encoding used (`null` for workbooks, which carry their own). */
  encoding: string | null;
  /** The field delimiter used (`null` for workbooks). */
  delimiter: string | null;
  /** The sheet read (`null` for text files). */
  sheet: string | null;
  /** Every sheet in a workbook, in order; empty for text files. */
  sheets: string[];
  /** Rows as they are in the file: ragged, trailing empty rows dropped. */
  rows: string[][];
  warnings: TableWarning[];
}

/** Excel's own limits (cell length), and the most any survey export needs (rows, columns). */
export const LIMITS = {
  maxRows: 1_000_000,
  maxColumns: 2_000,
  maxCellChars: 32_767,
  /** Past this a file cannot become one JavaScript string, and no survey is this large. */
  maxBytes: 512 * 1024 * 1024,
  /** Warnings kept per file; the rest are counted in a final one. */
  maxWarnings: 100,
} as const;

/** Collects warnings, keeping the first `LIMITS.maxWarnings` so a broken file cannot flood memory. */
export class Warnings {
  private readonly list: TableWarning[] = [];
  private dropped = 0;

  add(row: number | null, column: number | null, message: string | MessageData): void {
    if (this.list.length >= LIMITS.maxWarnings) this.dropped++;
    else if (typeof message === 'string') this.list.push({ row, column, message });
    else this.list.push({ row, column, message: wordMessage('en', message.code, message.params), code: message.code, params: message.params ?? {} });
  }

  toArray(): TableWarning[] {
    if (this.dropped === 0) return this.list;
    const more = { code: 'import.warn.more', params: { count: this.dropped } };
    return [...this.list, { row: null, column: null, message: wordMessage('en', more.code, more.params), ...more }];
  }
}

/**
 * Checks a freshly read table in place and drops trailing empty rows. Throws when the table
 * breaks a limit or has no rows; warns about rows wider than the header with data in the
 * extra cells (trailing empty cells, as Excel pads CSV rows, are not worth a warning).
 * `firstRow` is the file row number of `rows[0]` (2 when a `sep=` line came first).
 */
export function checkTable(rows: string[][], where: { file: string; sheet?: string | null }, warnings: Warnings, firstRow = 1): void {
  let last = rows.length - 1;
  while (last >= 0 && isEmptyRow(rows[last]!)) last--;
  rows.length = last + 1;
  if (rows.length === 0) throw new ImportError(where, { code: 'import.read.noRows' });
  if (rows.length > LIMITS.maxRows) {
    throw new ImportError(where, { code: 'import.read.tooManyRows', params: { max: LIMITS.maxRows.toLocaleString('en') } });
  }
  let headerWidth = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length > LIMITS.maxColumns) {
      throw new ImportError({ ...where, row: r + firstRow }, { code: 'import.read.tooManyCells', params: { cells: row.length, max: LIMITS.maxColumns } });
    }
    for (let c = 0; c < row.length; c++) {
      if (row[c]!.length > LIMITS.maxCellChars) {
        throw new ImportError(
          { ...where, row: r + firstRow, column: c + 1 },
          { code: 'import.read.cellTooLong', params: { chars: row[c]!.length.toLocaleString('en'), max: LIMITS.maxCellChars.toLocaleString('en') } },
        );
      }
    }
    if (headerWidth < 0) {
      if (!isEmptyRow(row)) headerWidth = row.length;
      continue;
    }
    if (row.length > headerWidth) {
      const extra = firstFilled(row, headerWidth);
      if (extra >= 0) {
        warnings.add(r + firstRow, extra + 1, { code: 'import.warn.extraCells', params: { cells: row.length, header: headerWidth, extra: columnName(extra + 1) } });
      }
    }
  }
}

/** A row with no text in it (a blank line, or only empty cells). */
export function isEmptyRow(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}

function firstFilled(row: readonly string[], from: number): number {
  for (let i = from; i < row.length; i++) if (row[i] !== '') return i;
  return -1;
}
