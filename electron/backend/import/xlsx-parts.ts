/**
 * The small parts of an XLSX workbook, read straight from the archive: the sheet list and
 * where each sheet lives, the workbook's date system, the cell formats (to tell dates from
 * numbers) and the shared strings. Each part is inflated as a stream and parsed as it
 * arrives; no worksheet is touched here, so a sheet nobody asked for costs nothing.
 */
import type { Readable } from 'node:stream';
import parseSax, { type SaxNode } from 'exceljs/lib/utils/parse-sax';
import unzipper from 'unzipper';

/** One worksheet: its name and the archive entry holding its cells. */
export interface SheetPart {
  name: string;
  path: string;
}

export interface WorkbookParts {
  entries: Map<string, unzipper.CentralDirectoryFile>;
  sheets: SheetPart[];
  date1904: boolean;
  /** Number format of each cell style (the `s` attribute of a cell), '' for General. */
  formats: string[];
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30; the zh-CN variants for 27–36 and 50–58). */
const BUILT_IN_FORMATS: Record<number, string> = {
  14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"', 34: 'AM/PM h"时"mm"分"', 35: 'AM/PM h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 45: 'mm:ss', 46: '[h]:mm:ss',
  47: 'mm:ss.0', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: 'AM/PM h"时"mm"分"',
  56: 'AM/PM h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** A tag's name without its namespace prefix (`x:row` → `row`). */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** SAX events of an archive entry, parsed as it inflates. */
export async function* events(entry: unzipper.CentralDirectoryFile): AsyncGenerator<{ eventType: string; value: SaxNode | string }> {
  const stream: Readable = entry.stream();
  try {
    for await (const batch of parseSax(stream)) yield* batch;
  } finally {
    stream.destroy();
  }
}

/** Reads the archive's table of contents and the workbook's small parts. */
export async function readWorkbookParts(buf: Buffer): Promise<WorkbookParts> {
  const dir = await unzipper.Open.buffer(buf);
  const entries = new Map(dir.files.filter((f) => f.type === 'File').map((f) => [f.path.replace(/^\//, ''), f]));
  const book = entries.get('xl/workbook.xml');
  if (!book) throw new Error('it has no xl/workbook.xml');
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  for await (const { eventType, value } of events(book)) {
    if (eventType !== 'opentag') continue;
    const node = value as SaxNode;
    const name = local(node.name);
    if (name === 'workbookPr') date1904 = ['1', 'true'].includes(node.attributes.date1904 ?? '');
    else if (name === 'sheet') declared.push({ name: node.attributes.name ?? '', rid: node.attributes['r:id'] ?? relId(node.attributes) });
  }
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    for await (const { eventType, value } of events(rels)) {
      const node = value as SaxNode;
      if (eventType === 'opentag' && local(node.name) === 'Relationship' && /\/worksheet$/.test(node.attributes.Type ?? '')) {
        targets.set(node.attributes.Id ?? '', partPath(node.attributes.Target ?? ''));
      }
    }
  }
  // Chart sheets and sheets whose part is missing have no cells to import.
  const sheets = declared.flatMap(({ name, rid }) => {
    const path = targets.get(rid);
    return path && entries.has(path) ? [{ name, path }] : [];
  });
  const styles = entries.get('xl/styles.xml');
  return { entries, sheets, date1904, formats: styles ? await readFormats(styles) : [] };
}

/** The relationship id of a `<sheet>`, whatever prefix the file gave its namespace. */
function relId(attributes: Record<string, string>): string {
  const key = Object.keys(attributes).find((k) => k.endsWith(':id'));
  return key ? attributes[key]! : '';
}

/** A relationship target as an archive path: relative to xl/, or absolute from the root. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** The number format of each cell style, from styles.xml's `numFmts` and `cellXfs`. */
async function readFormats(entry: unzipper.CentralDirectoryFile): Promise<string[]> {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  for await (const { eventType, value } of events(entry)) {
    const node = value as SaxNode;
    if (eventType === 'opentag') {
      const name = local(node.name);
      if (name === 'numFmt') custom.set(Number(node.attributes.numFmtId), node.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(node.attributes.numFmtId ?? 0));
    } else if (eventType === 'closetag' && local(node.name) === 'cellXfs') inCellXfs = false;
  }
  return ids.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? '');
}

/** The shared strings, rich text flattened and phonetic guides (`rPh`) left out. */
export async function readSharedStrings(entry: unzipper.CentralDirectoryFile | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let text: string | null = null;
  let inT = false;
  let inPhonetic = false;
  for await (const { eventType, value } of events(entry)) {
    if (eventType === 'text') {
      if (inT && !inPhonetic && text !== null) text += value as string;
      continue;
    }
    const name = local((value as SaxNode).name);
    if (eventType === 'opentag') {
      if (name === 'si') text = '';
      else if (name === 't') inT = true;
      else if (name === 'rPh') inPhonetic = true;
    } else if (eventType === 'closetag') {
      if (name === 'si') {
        strings.push(text ?? '');
        text = null;
      } else if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
    }
  }
  return strings;
}
