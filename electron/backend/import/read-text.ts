/**
 * Delimited text (CSV, TSV, semicolon CSV) to rows of strings, with papaparse doing the
 * quoting. Everything here works on already-decoded text.
 */
import Papa from 'papaparse';
import { DELIMITERS, type Delimiter, sniffDelimiter, sniffNewline } from './delimiter';
import { ImportError } from './errors';
import { LIMITS } from './table';

/** Rows parsed from text, and how they were split. */
export interface ParsedText {
  rows: string[][];
  delimiter: Delimiter;
  /** File row number of `rows[0]`: 2 when Excel's `sep=` line came first. */
  firstRow: number;
  /** Whether the text ends with a line break; a file cut short usually does not. */
  endsWithNewline: boolean;
}

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ',': ',', comma: ',', ';': ';', semicolon: ';', '\t': '\t', '\\t': '\t', tab: '\t', '|': '|', pipe: '|',
};

/** Maps a user-given delimiter (`;`, `tab`, `\t`, `comma`…) to one we split on; `null` when unknown. */
export function normaliseDelimiter(name: string): Delimiter | null {
  const key = name.length === 1 ? name : name.trim().toLowerCase();
  return Object.hasOwn(DELIMITER_NAMES, key) ? DELIMITER_NAMES[key]! : null;
}

/**
 * Splits `text` into rows. `delimiter` overrides sniffing; `fallback` is what a one-column
 * file gets (tab for .tsv names). Quote errors are thrown, never repaired: papaparse recovers
 * from a stray quote by swallowing the rest of the file into one cell.
 */
export function parseDelimited(text: string, file: string, opts: { delimiter?: string; fallback?: Delimiter } = {}): ParsedText {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let firstRow = 1;
  let delimiter: Delimiter | null = null;
  // Excel writes and honours a first line "sep=;" naming the delimiter.
  const sep = /^sep=(.)(\r\n|\n|\r)/.exec(body.slice(0, 8));
  if (sep && DELIMITERS.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
    firstRow = 2;
  }
  if (opts.delimiter !== undefined) {
    const d = normaliseDelimiter(opts.delimiter);
    if (!d) throw new ImportError({ file }, { code: 'import.read.badDelimiter', params: { delimiter: opts.delimiter } });
    delimiter = d;
  }
  delimiter ??= sniffDelimiter(body, opts.fallback ?? ',');
  const newline = sniffNewline(body);
  const result = Papa.parse<string[]>(body, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    // One row past the limit is enough to know the file is too long, without holding it all.
    preview: LIMITS.maxRows + 2,
  });
  const rows = result.data;
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const r = quoteError.row ?? rows.length - 1;
    const at = { file, row: r + firstRow, column: Math.max(1, rows[r]?.length ?? 1) };
    throw new ImportError(
      at,
      { code: quoteError.code === 'MissingQuotes' ? 'import.read.openQuote' : 'import.read.textAfterQuote' },
    );
  }
  // With LF line ends, CRLF lines that slipped in leave a CR on their last cell.
  if (newline === '\n') {
    for (const row of rows) {
      const last = row.length - 1;
      if (last >= 0 && row[last]!.endsWith('\r')) row[last] = row[last]!.slice(0, -1);
    }
  }
  const last = body.charCodeAt(body.length - 1);
  return { rows, delimiter, firstRow, endsWithNewline: last === 10 || last === 13 };
}
