/**
 * Spreadsheet values as the text the importer works with: numbers as plain decimals,
 * dates as ISO 8601. Shared by the XLSX (exceljs) and XLS (SheetJS) readers so both give
 * the same strings for the same cells.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system (the day before its fictitious 1900-02-29 shifts things by one). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** How a number format shows a serial: as a date, a date with time, or a time of day / duration. */
export type DateKind = 'date' | 'datetime' | 'time';

/**
 * A number as plain decimal text: Excel's 15 significant digits (so 0.1+0.2 reads "0.3", as
 * Excel shows it), never an exponent, never a thousands separator.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const s = String(Number(n.toPrecision(15)));
  return s.includes('e') ? expandExponent(s) : s;
}

/** "1.5e-7" → "0.00000015"; "1e+21" → "1000000000000000000000". */
function expandExponent(s: string): string {
  const neg = s.startsWith('-');
  const [mantissa, expPart] = (neg ? s.slice(1) : s).split('e') as [string, string];
  const exp = Number(expPart);
  const [int, frac = ''] = mantissa.split('.') as [string, string?];
  const digits = int + frac;
  const point = int.length + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + out;
}

/**
 * What a number format does with a serial, or `null` when it is not a date format.
 * Quoted literals, escapes and bracketed colours/locales are ignored; `[h]` elapsed time counts.
 */
export function dateKindOfFormat(format: string | null | undefined): DateKind | null {
  if (!format) return null;
  const f = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .split(';')[0]!
    .replace(/general/gi, '');
  const time = /[hs]/i.test(f) || /am\/pm|a\/p/i.test(f);
  const date = /[yd]/i.test(f) || (/m/i.test(f) && !time);
  if (date && time) return 'datetime';
  if (date) return 'date';
  if (time) return 'time';
  return null;
}

/**
 * A date value as ISO 8601 text, rounded to the second (Excel stores 09:15 as 09:14:59.9999…).
 * `utcMs` holds the wall-clock time as if it were UTC, which is how both libraries give it.
 * `kind` comes from the cell's format; without one, midnight values read as dates.
 */
export function dateText(utcMs: number, kind: DateKind | null): string {
  const ms = Math.round(utcMs / 1000) * 1000;
  const sinceEpoch = (ms - EXCEL_EPOCH_MS) / 1000;
  // A time format on a value with no date part is a time of day or a duration ("00:02:16").
  if (kind === 'time' && sinceEpoch >= 0 && sinceEpoch < 86_400) return clock(sinceEpoch);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const timeOfDay = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  if (kind === 'date' || (kind === null && timeOfDay === 0)) return date;
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** An Excel serial (days since the epoch, fraction = time of day) as wall-clock ms "in UTC". */
export function serialToUtcMs(serial: number, date1904 = false): number {
  if (date1904) return EXCEL_EPOCH_MS + (serial + 1462) * MS_PER_DAY;
  // Serials below 60 sit before Lotus's phantom 1900-02-29, one day later than plain arithmetic.
  return EXCEL_EPOCH_MS + (serial < 60 ? serial + 1 : serial) * MS_PER_DAY;
}

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
