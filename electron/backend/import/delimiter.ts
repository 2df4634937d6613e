/**
 * Guessing the field delimiter and line end of delimited text.
 *
 * Excel writes `;` where the decimal separator is a comma, tabs for "Unicode text", and
 * survey tools write commas; a few systems use `|`. The right delimiter is the one that
 * splits the first lines into the same number of fields, counted outside quotes — commas
 * inside quoted question texts must not vote.
 */

/** The field delimiters survey exports use. */
export type Delimiter = ',' | ';' | '\t' | '|';
/** In order of preference when two fit equally well. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Lines looked at; enough to see past two or three header rows. */
const SAMPLE_RECORDS = 50;

/**
 * The delimiter that gives the most consistent field count over the first ~50 records,
 * ignoring quoted text. Ties go to the larger field count, then to `,`; a file with no
 * delimiter at all (a single column) gets `fallback`.
 */
export function sniffDelimiter(text: string, fallback: Delimiter = ','): Delimiter {
  const counts = countPerRecord(text);
  let best: Delimiter = fallback;
  let bestScore = 0;
  let bestWidth = 0;
  for (let d = 0; d < DELIMITERS.length; d++) {
    const { share, mode } = consistency(counts.map((c) => c[d]!));
    if (mode === 0) continue;
    if (share > bestScore + 1e-9 || (Math.abs(share - bestScore) <= 1e-9 && mode > bestWidth)) {
      best = DELIMITERS[d]!;
      bestScore = share;
      bestWidth = mode;
    }
  }
  return best;
}

/**
 * The line end that most records end with, outside quotes: CRLF, LF or a lone CR (old Mac
 * Excel, and the SurveyMonkey export in our samples).
 */
export function sniffNewline(text: string): '\r\n' | '\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  const end = Math.min(text.length, 1 << 16);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) { crlf++; i++; } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf === 0 && lf === 0 && cr === 0) return '\n';
  if (crlf >= lf && crlf >= cr) return '\r\n';
  return lf >= cr ? '\n' : '\r';
}

/** Per record, how many of each delimiter appear outside quotes (in DELIMITERS order). */
function countPerRecord(text: string): number[][] {
  const records: number[][] = [];
  let current = [0, 0, 0, 0];
  let quoted = false;
  let nonEmpty = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) { quoted = !quoted; nonEmpty = true; continue; }
    if (quoted) continue;
    if (c === 10 || c === 13) {
      if (nonEmpty) records.push(current);
      current = [0, 0, 0, 0];
      nonEmpty = false;
      continue;
    }
    nonEmpty = true;
    if (c === 44) current[0]!++;
    else if (c === 59) current[1]!++;
    else if (c === 9) current[2]!++;
    else if (c === 124) current[3]!++;
  }
  if (nonEmpty && records.length < SAMPLE_RECORDS) records.push(current);
  return records;
}

/** The most common count and the share of records that have exactly it. */
function consistency(counts: number[]): { share: number; mode: number } {
  if (counts.length === 0) return { share: 0, mode: 0 };
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [c, f] of freq) {
    if (c > 0 && (f > top || (f === top && c > mode))) {
      mode = c;
      top = f;
    }
  }
  return { share: top / counts.length, mode };
}
