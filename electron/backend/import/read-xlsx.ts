/**
 * XLSX workbooks, one sheet at a time: the chosen sheet's XML is inflated and parsed as a
 * stream, row by row, into the text each cell shows (formulas give their saved result,
 * rich text is flattened, dates read as ISO 8601). The other sheets are never inflated, so
 * a huge or damaged sheet nobody asked for costs nothing, and a sheet past the row limit is
 * refused at the first row too many.
 */
import { dateKindOfFormat, dateText, numberText } from './cell-text';
import { ImportError } from './errors';
import { checkHeap } from './heap-guard';
import { LIMITS, type Warnings } from './table';
import type { MessageData } from '../../../shared/messages/format';
import { events, local, readSharedStrings, readWorkbookParts, type SheetPart, type WorkbookParts } from './xlsx-parts';
import type { SaxNode } from 'exceljs/lib/utils/parse-sax';

/** One sheet of a workbook, read. */
export interface SheetRead {
  sheets: string[];
  sheet: string;
  rows: string[][];
}

/**
 * Reads sheet `wanted` (or the first sheet with any cell) of an XLSX file.
 * A file that cannot be parsed is "damaged or not an Excel file", whatever the parser said.
 */
export async function readXlsx(buf: Buffer, file: string, wanted: string | undefined, warnings: Warnings): Promise<SheetRead> {
  let parts: WorkbookParts;
  try {
    parts = await readWorkbookParts(buf);
  } catch (e) {
    throw damaged(file, e);
  }
  const sheets = parts.sheets.map((s) => s.name);
  if (parts.sheets.length === 0) throw new ImportError({ file }, { code: 'import.read.noSheets' });
  let strings: string[] | null = null;
  const read = async (sheet: SheetPart): Promise<SheetRead> => {
    try {
      strings ??= await readSharedStrings(parts.entries.get('xl/sharedStrings.xml'));
      return { sheets, sheet: sheet.name, rows: await readSheet(parts, sheet, strings, file, warnings) };
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw damaged(file, e, sheet.name);
    }
  };
  if (wanted !== undefined) {
    const hit = parts.sheets.find((s) => s.name === wanted) ?? parts.sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!hit) throw new ImportError({ file }, { code: 'import.read.noSuchSheet', params: { wanted, sheets: sheets.map((n) => `"${n}"`).join(', ') } });
    return read(hit);
  }
  // The first sheet with a cell; later sheets are only opened while the earlier ones are empty.
  let first: SheetRead | null = null;
  for (const sheet of parts.sheets) {
    const got = await read(sheet);
    if (got.rows.some((r) => r.length > 0)) return got;
    first ??= got;
  }
  return first!;
}

function damaged(file: string, e: unknown, sheet?: string): ImportError {
  return new ImportError({ file, sheet }, { code: 'import.read.damagedExcel', params: { reason: shortReason(e) } });
}

/** The cell being parsed: its place, type, style and the texts of its parts. */
interface Cell {
  col: number;
  type: string;
  style: number;
  value: string | null;
  inline: string | null;
  formula: string | null;
  shared: string | null;
}

/** Column number (1-based) of a reference such as `BC12`, or 0 when it has none. */
function columnOf(ref: string | undefined): number {
  let n = 0;
  for (const ch of (ref ?? '').toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > 16_384) return n;
  }
  return n;
}

/** Reads one sheet's rows; cells a merge covers (other than its top-left one) read as empty. */
async function readSheet(parts: WorkbookParts, sheet: SheetPart, strings: string[], file: string, warnings: Warnings): Promise<string[][]> {
  const rows: string[][] = [];
  const sharedFormulas = new Map<string, string>();
  const merges: string[] = [];
  let rowNumber = 0;
  let row: string[] | null = null;
  let cell: Cell | null = null;
  let target: 'value' | 'inline' | 'formula' | null = null;
  let inPhonetic = false;
  let filled = 0;
  const where = { file, sheet: sheet.name };
  for await (const { eventType, value } of events(parts.entries.get(sheet.path)!)) {
    if (eventType === 'text') {
      if (cell && target && !inPhonetic) cell[target] = (cell[target] ?? '') + (value as string);
      continue;
    }
    const node = value as SaxNode;
    const name = local(node.name);
    if (eventType === 'opentag') {
      if (name === 'row') {
        rowNumber = node.attributes.r ? Number(node.attributes.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new Error(`a row is numbered "${node.attributes.r}"`);
        if (rowNumber > LIMITS.maxRows) throw new ImportError(where, { code: 'import.read.tooManyRows', params: { max: LIMITS.maxRows.toLocaleString('en') } });
        row = [];
      } else if (name === 'c' && row) {
        const col = node.attributes.r ? columnOf(node.attributes.r) : row.length + 1;
        if (col < 1) throw new Error(`a cell in row ${rowNumber} has the reference "${node.attributes.r}"`);
        if (col > LIMITS.maxColumns) throw new ImportError({ ...where, row: rowNumber, column: col }, { code: 'import.read.pastLastColumn', params: { max: LIMITS.maxColumns } });
        cell = { col, type: node.attributes.t ?? 'n', style: Number(node.attributes.s ?? 0), value: null, inline: null, formula: null, shared: null };
      } else if (cell && name === 'v') {
        target = 'value';
        cell.value ??= '';
      } else if (cell && name === 'f') {
        target = 'formula';
        cell.formula ??= '';
        if (node.attributes.t === 'shared') cell.shared = node.attributes.si ?? null;
      } else if (cell && name === 't') {
        target = 'inline';
        cell.inline ??= '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 'mergeCell' && node.attributes.ref) merges.push(node.attributes.ref);
      continue;
    }
    if (name === 'v' || name === 'f' || name === 't') target = null;
    else if (name === 'rPh') inPhonetic = false;
    else if (name === 'c' && cell && row) {
      const text = cellText(cell, parts, strings, sharedFormulas, (message) => warnings.add(rowNumber, cell!.col, message));
      if (text !== null) {
        while (row.length < cell.col - 1) row.push('');
        row[cell.col - 1] = text;
      }
      cell = null;
    } else if (name === 'row' && row) {
      if (rowNumber % 256 === 0) checkHeap(file);
      if (row.length > 0 && ++filled > LIMITS.maxRows) throw new ImportError(where, { code: 'import.read.tooManyRows', params: { max: LIMITS.maxRows.toLocaleString('en') } });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = row;
      row = null;
    }
  }
  blankMerged(rows, merges);
  return rows;
}

/**
 * What the cell shows, or null for a cell with no value. Formulas give their saved result,
 * with a warning; a shared formula's followers are named by the formula they share.
 */
function cellText(cell: Cell, parts: WorkbookParts, strings: string[], shared: Map<string, string>, warn: (message: MessageData) => void): string | null {
  if (cell.formula !== null) {
    if (cell.shared !== null) {
      if (cell.formula !== '') shared.set(cell.shared, cell.formula);
      else cell.formula = shared.get(cell.shared) ?? '';
    }
    if (cell.value === null) {
      warn({ code: 'import.warn.formulaEmpty', params: { formula: String(cell.formula) } });
      return '';
    }
    const text = valueText(cell, parts, strings);
    warn({ code: 'import.warn.formula', params: { formula: String(cell.formula), text } });
    return text;
  }
  if (cell.type === 'inlineStr') return cell.inline ?? '';
  if (cell.value === null) return null;
  const text = valueText(cell, parts, strings);
  if (cell.type === 'e') warn({ code: 'import.warn.cellError', params: { text } });
  return text;
}

function valueText(cell: Cell, parts: WorkbookParts, strings: string[]): string {
  const v = cell.value ?? '';
  switch (cell.type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'str':
    case 'e':
      return v;
    case 'inlineStr':
      return cell.inline ?? v;
    case 'b':
      return Number(v) !== 0 ? 'TRUE' : 'FALSE';
    case 'd': {
      const ms = Date.parse(v.endsWith('Z') || /[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(ms) ? v : dateText(ms, dateKindOfFormat(parts.formats[cell.style]));
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return v;
      const kind = dateKindOfFormat(parts.formats[cell.style]);
      // Serial days since 1899-12-30 (1904-01-01 in the 1904 system), wall clock read as UTC.
      if (kind) return dateText(Math.round((n - 25569 + (parts.date1904 ? 1462 : 0)) * 86_400_000), kind);
      return numberText(n);
    }
  }
}

/** Cells a merge covers, other than its top-left one, are empty in the file's own view. */
function blankMerged(rows: string[][], merges: string[]): void {
  for (const ref of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) continue;
    const [c1, r1, c2, r2] = [columnOf(m[1]), Number(m[2]), Math.min(columnOf(m[3]), LIMITS.maxColumns), Math.min(Number(m[4]), rows.length)];
    for (let r = r1; r <= r2; r++) {
      const row = rows[r - 1]!;
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        while (row.length < c) row.push('');
        row[c - 1] = '';
      }
    }
  }
}

/** The library's reason, one line, for the damaged-file message. */
export function shortReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const line = m.split('\n')[0]!.trim();
  return line.length > 120 ? line.slice(0, 117) + '…' : line || 'unreadable';
}
