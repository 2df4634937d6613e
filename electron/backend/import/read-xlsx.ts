/**
 * XLSX workbooks through exceljs: one sheet's cells as text, with formulas, rich text,
 * hyperlinks and dates turned into what the cell shows.
 */
import ExcelJS from 'exceljs';
import { numberText, dateKindOfFormat, dateText } from './cell-text';
import { ImportError } from './errors';
import { LIMITS, type Warnings } from './table';
import type { MessageData } from '../../../shared/messages/format';

/** One sheet of a workbook, read. */
export interface SheetRead {
  sheets: string[];
  sheet: string;
  rows: string[][];
}

/**
 * Reads sheet `wanted` (or the first sheet with any cell) of an XLSX file.
 * A file exceljs cannot open is "damaged or not an Excel file", whatever the library said.
 */
export async function readXlsx(buf: Buffer, file: string, wanted: string | undefined, warnings: Warnings): Promise<SheetRead> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like Buffer; a Node Buffer is what it reads.
    await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw new ImportError({ file }, { code: 'import.read.damagedExcel', params: { reason: shortReason(e) } });
  }
  const worksheets = wb.worksheets;
  const sheets = worksheets.map((w) => w.name);
  const ws = pickSheet(worksheets, sheets, wanted, file);
  if (ws.actualRowCount > LIMITS.maxRows) {
    throw new ImportError({ file, sheet: ws.name }, { code: 'import.read.rowCount', params: { rows: ws.actualRowCount.toLocaleString('en'), max: LIMITS.maxRows.toLocaleString('en') } });
  }
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > LIMITS.maxColumns) {
        throw new ImportError({ file, sheet: ws.name, row: rowNumber, column: col }, { code: 'import.read.pastLastColumn', params: { max: LIMITS.maxColumns } });
      }
      out[col - 1] = cellText(cell, (message) => warnings.add(rowNumber, col, message));
    });
    for (let i = 0; i < out.length; i++) out[i] ??= '';
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheets, sheet: ws.name, rows };
}

function pickSheet(worksheets: ExcelJS.Worksheet[], names: string[], wanted: string | undefined, file: string): ExcelJS.Worksheet {
  if (worksheets.length === 0) throw new ImportError({ file }, { code: 'import.read.noSheets' });
  if (wanted !== undefined) {
    const ws = worksheets.find((w) => w.name === wanted) ?? worksheets.find((w) => w.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!ws) throw new ImportError({ file }, { code: 'import.read.noSuchSheet', params: { wanted, sheets: names.map((n) => `"${n}"`).join(', ') } });
    return ws;
  }
  return worksheets.find((w) => w.actualRowCount > 0) ?? worksheets[0]!;
}

type Value = ExcelJS.CellValue;

/** What the cell shows, as text. Formulas give their saved result, with a warning. */
function cellText(cell: ExcelJS.Cell, warn: (message: MessageData) => void): string {
  // Merged-over cells repeat the top-left value in exceljs; in the file (and on screen) they are empty.
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formula = 'formula' in v && v.formula ? v.formula : (v as ExcelJS.CellSharedFormulaValue).sharedFormula;
    if (v.result === undefined) {
      warn({ code: 'import.warn.formulaEmpty', params: { formula: String(formula) } });
      return '';
    }
    const text = scalarText(v.result, cell.numFmt);
    warn({ code: 'import.warn.formula', params: { formula: String(formula), text } });
    return text;
  }
  const text = scalarText(v, cell.numFmt);
  if (v !== null && typeof v === 'object' && 'error' in v) warn({ code: 'import.warn.cellError', params: { text } });
  return text;
}

function scalarText(v: Value | ExcelJS.CellFormulaValue['result'], numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v.getTime(), dateKindOfFormat(numFmt));
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  if ('error' in v) return String(v.error);
  if ('hyperlink' in v) {
    const t = (v as { text?: unknown }).text;
    return typeof t === 'string' ? t : t && typeof t === 'object' && 'richText' in t ? scalarText(t as Value, numFmt) : String(v.hyperlink ?? '');
  }
  if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
  return '';
}

/** The library's reason, one line, for the damaged-file message. */
export function shortReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const line = m.split('\n')[0]!.trim();
  return line.length > 120 ? line.slice(0, 117) + '…' : line || 'unreadable';
}
