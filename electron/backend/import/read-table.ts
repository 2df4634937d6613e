/**
 * Reading a survey export — CSV, TSV, XLSX or XLS — into rows of strings, or refusing it
 * with a message that names the file (and row and column) and says what to do.
 *
 * The CLI reads a path, the UI uploads bytes, tests pass text; all three meet in
 * `readTableBuffer`, which decides the container by its bytes, not its name.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Delimiter } from './delimiter';
import { decodeBuffer, detectEncoding, type DetectedEncoding, encodingForOverride, TEXT_ENCODINGS } from './encoding';
import { checkDecoded } from './decode-check';
import { ImportError } from './errors';
import { parseDelimited } from './read-text';
import { refuseBinary } from './binary-check';
import { checkTable, isEmptyRow, LIMITS, type RawTable, Warnings } from './table';

export type { RawTable, TableWarning } from './table';

/** What the user may override: `--encoding`, `--sheet`, `--delimiter`. */
export interface ReadTableOptions {
  encoding?: string;
  sheet?: string;
  delimiter?: string;
}

/** Reads the file at `path`. Every failure, including a missing file, is an ImportError naming it. */
export async function readTableFile(path: string, opts: ReadTableOptions = {}): Promise<RawTable> {
  let buf: Buffer;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new ImportError({ file: path }, { code: 'import.read.isFolder' });
    if (s.size > LIMITS.maxBytes) throw tooLarge(path, s.size);
    buf = await readFile(path);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const err = e as NodeJS.ErrnoException;
    const detail = err.message ?? String(e);
    throw new ImportError({ file: path }, { code: 'import.read.unreadable', params: { detail: `${err.code && !detail.startsWith(err.code) ? `${err.code}: ` : ''}${detail}` } });
  }
  return readTableBuffer(buf, path, opts);
}

/** Reads an uploaded or already-loaded file; `fileName` names it in messages and picks defaults by extension. */
export async function readTableBuffer(bytes: Uint8Array, fileName: string, opts: ReadTableOptions = {}): Promise<RawTable> {
  const file = fileName || 'the file';
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length > LIMITS.maxBytes) throw tooLarge(file, buf.length);
  if (buf.length === 0) throw new ImportError({ file }, { code: 'import.read.empty' });
  const warnings = new Warnings();
  const container = containerOf(buf, file, warnings);
  if (container !== 'text') {
    if (opts.encoding && !isMarkup(container)) warnings.add(null, null, { code: 'import.warn.encodingIgnored' });
    if (opts.delimiter) warnings.add(null, null, { code: 'import.warn.delimiterIgnored' });
    // Each workbook reader is a large library; load only the one this file needs.
    // Sizes first, before the (large) workbook library even loads: a zip bomb is refused
    // before anything inflates it into memory.
    if (container === 'xlsx' || container === 'xlsb' || container === 'ods') await (await import('./zip-limits')).checkZipLimits(buf, file);
    let encoding: string | null = null;
    let read;
    if (container === 'xlsx') read = await (await import('./read-xlsx')).readXlsx(buf, file, opts.sheet, warnings);
    else if (isMarkup(container)) {
      // A web page or XML table: decoded like any text (its charset may be GBK), then read as a table.
      const enc = chooseEncoding(buf, file, opts.encoding);
      const text = decodeBuffer(buf, enc.encoding);
      encoding = enc.encoding;
      read = await (await import('./read-xls')).readXls(text, file, opts.sheet, warnings);
    } else read = await (await import('./read-xls')).readXls(buf, file, opts.sheet, warnings);
    checkTable(read.rows, { file, sheet: read.sheet }, warnings);
    return { file, format: container, encoding, delimiter: null, sheet: read.sheet, sheets: read.sheets, rows: read.rows, warnings: warnings.toArray() };
  }
  if (opts.sheet) warnings.add(null, null, { code: 'import.warn.sheetIgnored', params: { sheet: opts.sheet } });
  refuseBinary(buf, file);
  const enc = chooseEncoding(buf, file, opts.encoding);
  const text = decodeBuffer(buf, enc.encoding);
  checkDecoded(buf, text, enc, file, isOverride(opts.encoding), warnings);
  const fallback: Delimiter = /^\.(tsv|tab)$/i.test(extname(file)) || enc.encoding.startsWith('utf-16') ? '\t' : ',';
  return tableFromText(text, file, enc.encoding, { delimiter: opts.delimiter, fallback }, warnings);
}

/** Reads text that is already decoded (a paste, a test, the UI's own decoding). */
export function readTableText(text: string, name: string, opts: Pick<ReadTableOptions, 'delimiter'> = {}): RawTable {
  const file = name || 'the text';
  const fallback: Delimiter = /^\.(tsv|tab)$/i.test(extname(file)) ? '\t' : ',';
  return tableFromText(text, file, null, { delimiter: opts.delimiter, fallback }, new Warnings());
}

function tableFromText(text: string, file: string, encoding: string | null, opts: { delimiter?: string; fallback: Delimiter }, warnings: Warnings): RawTable {
  if (text.length === 0) throw new ImportError({ file }, { code: 'import.read.empty' });
  const parsed = parseDelimited(text, file, opts);
  checkTable(parsed.rows, { file }, warnings, parsed.firstRow);
  const { rows } = parsed;
  const header = rows.find((r) => !isEmptyRow(r));
  // A last row shorter than the header with no line break after it is how a cut-off file looks.
  if (!parsed.endsWithNewline && rows.length > 1 && header && rows[rows.length - 1]!.length < header.length) {
    warnings.add(rows.length - 1 + parsed.firstRow, null, { code: 'import.warn.shortLastRow', params: { cells: rows[rows.length - 1]!.length, header: header.length } });
  }
  return {
    file,
    format: parsed.delimiter === '\t' ? 'tsv' : 'csv',
    encoding,
    delimiter: parsed.delimiter,
    sheet: null,
    sheets: [],
    rows,
    warnings: warnings.toArray(),
  };
}

/** An encoding the user chose, as opposed to none, "" or "auto". */
function isOverride(name: string | undefined): name is string {
  return name !== undefined && name.trim() !== '' && name.trim().toLowerCase() !== 'auto';
}

function chooseEncoding(buf: Buffer, file: string, override: string | undefined): DetectedEncoding {
  if (!isOverride(override)) return detectEncoding(buf);
  const enc = encodingForOverride(override, buf);
  if (!enc) throw new ImportError({ file }, { code: 'import.read.unknownEncoding', params: { encoding: override, encodings: TEXT_ENCODINGS.join(', ') } });
  return enc;
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

type Container = 'xlsx' | 'xlsb' | 'ods' | 'xls' | 'fods' | 'html' | 'xml' | 'text';

const isMarkup = (c: Container): c is 'fods' | 'html' | 'xml' => c === 'fods' || c === 'html' || c === 'xml';

/**
 * Workbook, marked-up table or plain text, by the bytes, never by the name: many web tools'
 * ".xls" downloads are really HTML or Excel 2003 XML, LibreOffice and WPS save OpenDocument,
 * and a ".csv" fetched while signed out can be a web page. A web page or XML document with
 * no table in it is refused, naming the file, rather than read as a one-column CSV.
 */
function containerOf(buf: Buffer, file: string, warnings: Warnings): Container {
  if (startsWith(buf, ZIP) && buf.length >= 4 && (buf[2] === 3 || buf[2] === 5 || buf[2] === 7)) {
    // Entry names are stored as they are, in the local headers and the table of contents.
    if (buf.includes('xl/workbook.xml')) return 'xlsx';
    if (buf.includes('xl/workbook.bin')) return 'xlsb';
    if (buf.includes('content.xml') && buf.includes('META-INF/manifest.xml')) return 'ods';
    return 'xlsx'; // read as one, and refused as damaged when it is not
  }
  if (startsWith(buf, OLE)) return 'xls';
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') throw new ImportError({ file }, { code: 'import.read.notZip' });
  const markup = markupKind(buf);
  if (markup === 'none') {
    if (ext === '.xls') warnings.add(null, null, { code: 'import.warn.xlsText' });
    return 'text';
  }
  if (markup === 'page') throw new ImportError({ file }, { code: 'import.read.pageWithoutTable' });
  return markup;
}

/** What a file that starts with a tag holds: an HTML table, Excel 2003 XML, flat OpenDocument, or no table at all. */
function markupKind(buf: Buffer): 'none' | 'page' | 'html' | 'xml' | 'fods' {
  const head = buf.subarray(0, 1024).toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, '').trimStart();
  if (!/^<(\?xml|!doctype|html|table|head|body|meta|workbook|office:document|!--)/i.test(head)) return 'none';
  // Tag names are ASCII in every encoding a page may use, UTF-16 aside (its NULs are dropped).
  const ascii = (buf.length > 8 << 20 ? buf.subarray(0, 8 << 20) : buf).toString('latin1');
  const text = buf.includes(0) ? ascii.replace(/\0/g, '') : ascii;
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(text) && /<(ss:)?Worksheet\b/.test(text)) return 'xml';
  if (/opendocument\.spreadsheet|<office:spreadsheet\b/i.test(text)) return 'fods';
  if (/<table\b/i.test(text)) return 'html';
  return 'page';
}

function startsWith(buf: Buffer, magic: number[]): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

function tooLarge(file: string, bytes: number): ImportError {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return new ImportError({ file }, { code: 'import.read.tooLarge', params: { size: mb(bytes), limit: mb(LIMITS.maxBytes) } });
}
