/**
 * Legacy BIFF .xls workbooks (问卷星 still exports them) through SheetJS CE. Only .xls goes
 * this way; XLSX is exceljs's job.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { dateKindOfFormat, dateText, numberText, serialToUtcMs } from './cell-text';
import { ImportError } from './errors';
import { shortReason, type SheetRead } from './read-xlsx';
import { LIMITS, type Warnings } from './table';

// The ESM build has no code pages until given them; BIFF5 and 8-bit BIFF8 strings need
// cp936 (Chinese Excel) and cp1252 to decode.
XLSX.set_cptable(cptable);

/** Reads sheet `wanted` (or the first sheet with any cell) of an .xls file. */
export function readXls(buf: Buffer, file: string, wanted: string | undefined, warnings: Warnings): SheetRead {
  let wb: XLSX.WorkBook;
  // SheetJS reports records it cannot read on console.error and carries on; catch those so the
  // user hears about them (as a warning) and the log does not.
  const complaints: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void complaints.push(args.map(String).join(' '));
  try {
    wb = XLSX.read(buf, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      // Reading one row past the limit is enough to refuse the file.
      sheetRows: LIMITS.maxRows + 1,
    });
  } catch (e) {
    throw new ImportError({ file }, `is damaged or not an Excel file (${shortReason(e)})`);
  } finally {
    console.error = consoleError;
  }
  if (complaints.length > 0) {
    warnings.add(null, null, `has parts the .xls reader does not understand (${complaints[0]}); compare the rows with the file in Excel`);
  }
  const sheets = [...wb.SheetNames];
  if (sheets.length === 0) throw new ImportError({ file }, 'has no sheets');
  const name = pickSheet(wb, sheets, wanted, file);
  const data = (wb.Sheets[name] as XLSX.DenseSheet | undefined)?.['!data'] ?? [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  if (data.length > LIMITS.maxRows) {
    throw new ImportError({ file, sheet: name }, `has more than ${LIMITS.maxRows.toLocaleString('en')} rows; split it into smaller files`);
  }
  const rows: string[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] ?? [];
    if (cells.length > LIMITS.maxColumns) {
      throw new ImportError({ file, sheet: name, row: r + 1 }, `has ${cells.length} cells; at most ${LIMITS.maxColumns} columns can be imported`);
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
    if (!hit) throw new ImportError({ file }, `has no sheet named "${wanted}"; its sheets are ${names.map((n) => `"${n}"`).join(', ')}`);
    return hit;
  }
  return names.find((n) => ((wb.Sheets[n] as XLSX.DenseSheet | undefined)?.['!data'] ?? []).some((row) => row?.some((c) => c && c.t !== 'z'))) ?? names[0]!;
}

function cellText(cell: XLSX.CellObject, date1904: boolean, warn: (message: string) => void): string {
  const text = valueText(cell, date1904);
  if (cell.f) warn(`the cell has a formula (=${cell.f}); its saved result "${text}" was read`);
  else if (cell.t === 'e') warn(`the cell shows the error ${text}`);
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
