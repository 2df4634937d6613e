/**
 * Every workbook that is not XLSX, through SheetJS CE: legacy BIFF .xls (问卷星 still exports
 * it), .xlsb, OpenDocument (.ods and flat .fods, as LibreOffice and WPS save), and the HTML or
 * Excel 2003 XML tables many web tools download under an .xls name (given here as decoded
 * text). XLSX has its own streaming reader (read-xlsx.ts). The parsing itself runs in a worker
 * with a time limit (xls-worker.ts); turning cells into text happens here.
 */
import * as XLSX from '@e965/xlsx';
import { dateKindOfFormat, dateText, numberText, serialToUtcMs } from './cell-text';
import { ImportError } from './errors';
import type { MessageData } from '../../../shared/messages/format';
import { shortReason, type SheetRead } from './read-xlsx';
import { LIMITS, type Warnings } from './table';
import { parseXls, type XlsParse, XlsTimeout } from './xls-worker';

const OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  cellStyles: false,
  // Reading one row past the limit is enough to refuse the file.
  sheetRows: LIMITS.maxRows + 1,
};

/** Reads sheet `wanted` (or the first sheet with any cell) of a workbook's bytes, or of a marked-up table's text. */
export async function readXls(input: Buffer | string, file: string, wanted: string | undefined, warnings: Warnings, limitMs?: number): Promise<SheetRead> {
  let parsed: XlsParse;
  try {
    // A web page's cells are kept as written ("5 - Very satisfied", "007"), not guessed into numbers or dates.
    parsed = await parseXls(input, typeof input === 'string' ? { ...OPTIONS, raw: true } : OPTIONS, limitMs);
  } catch (e) {
    if (e instanceof XlsTimeout) {
      throw new ImportError({ file }, { code: 'import.read.xlsTimeout', params: { seconds: /(\d+) s/.exec(e.message)?.[1] ?? '?' } });
    }
    throw new ImportError({ file }, { code: 'import.read.damagedExcel', params: { reason: shortReason(e) } });
  }
  const { workbook: wb, error, complaints } = parsed;
  if (!wb) throw new ImportError({ file }, { code: 'import.read.damagedExcel', params: { reason: shortReason(error ?? '') } });
  // Records the parser could not read: the user hears about them (as a warning), the log does not.
  if (complaints.length > 0) {
    warnings.add(null, null, { code: 'import.warn.xlsParts', params: { detail: String(complaints[0]) } });
  }
  const sheets = [...wb.SheetNames];
  if (sheets.length === 0) throw new ImportError({ file }, { code: 'import.read.noSheets' });
  const name = pickSheet(wb, sheets, wanted, file);
  const data = (wb.Sheets[name] as XLSX.DenseSheet | undefined)?.['!data'] ?? [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  if (data.length > LIMITS.maxRows) {
    throw new ImportError({ file, sheet: name }, { code: 'import.read.tooManyRows', params: { max: LIMITS.maxRows.toLocaleString('en') } });
  }
  const rows: string[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] ?? [];
    if (cells.length > LIMITS.maxColumns) {
      throw new ImportError({ file, sheet: name, row: r + 1 }, { code: 'import.read.tooManyCells', params: { cells: cells.length, max: LIMITS.maxColumns } });
    }
    const out: string[] = new Array(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      out[c] = cell ? cellText(cell, date1904, (m) => warnings.add(r + 1, c + 1, m)) : '';
    }
    let end = out.length;
    while (end > 0 && out[end - 1] === '') end--;
    out.length = end;
    rows[r] = out;
  }
  return { sheets, sheet: name, rows };
}

function pickSheet(wb: XLSX.WorkBook, names: string[], wanted: string | undefined, file: string): string {
  if (wanted !== undefined) {
    const hit = names.find((n) => n === wanted) ?? names.find((n) => n.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!hit) throw new ImportError({ file }, { code: 'import.read.noSuchSheet', params: { wanted, sheets: names.map((n) => `"${n}"`).join(', ') } });
    return hit;
  }
  return names.find((n) => ((wb.Sheets[n] as XLSX.DenseSheet | undefined)?.['!data'] ?? []).some((row) => row?.some((c) => c && c.t !== 'z'))) ?? names[0]!;
}

function cellText(cell: XLSX.CellObject, date1904: boolean, warn: (message: MessageData) => void): string {
  const text = valueText(cell, date1904);
  if (cell.f) warn({ code: 'import.warn.formula', params: { formula: cell.f, text } });
  else if (cell.t === 'e') warn({ code: 'import.warn.cellError', params: { text } });
  return text;
}

function valueText(cell: XLSX.CellObject, date1904: boolean): string {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' ? v : String(v ?? '');
    case 'b':
      return v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return v instanceof Date ? dateText(v.getTime() - v.getTimezoneOffset() * 60_000, null) : String(v ?? '');
    case 'n': {
      if (typeof v !== 'number') return '';
      const fmt = typeof cell.z === 'string' ? cell.z : null;
      if (fmt && XLSX.SSF.is_date(fmt)) return dateText(serialToUtcMs(v, date1904), dateKindOfFormat(fmt) ?? 'datetime');
      return numberText(v);
    }
    default:
      return v === undefined || v === null ? '' : String(v);
  }
}
