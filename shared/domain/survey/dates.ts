/**
 * Dates as survey tools and Excel write them, read into one ISO form. Pure.
 */

/**
 * Reads a date (and time) written in any of the forms survey exports use, into
 * `YYYY-MM-DDTHH:MM:SS` (wall-clock time, no zone; a date alone gets 00:00:00), or `null`:
 * - ISO `2026-03-01 09:15:00`, `2026-03-01T09:15:00Z` (a zone suffix is dropped: respondents'
 *   wall-clock time is what reports group by);
 * - year first with slashes or dots, as Chinese Excel writes them: `2026/3/1 9:15`, `2026年3月1日 9:15`,
 *   with optional 上午/下午;
 * - US month first: `3/1/2026 9:15:00 AM` (day first when the first number is over 12);
 * - European day first with dots: `01.03.2026 10:15`;
 * - any of these followed by a named zone, as Google Forms writes `2026/03/01 9:15:22 AM GMT+8`
 *   (dropped like the ISO suffix);
 * - Excel serial day numbers between 1970 and 2100, like `45352.38` — a bare number outside
 *   that range is more likely a mistake than a date from 1900.
 * Impossible dates (2026-02-30, 25:00) give `null`.
 */
export function parseDateLoose(raw: string): string | null {
  const s = raw.trim().normalize('NFKC').replace(NAMED_ZONE, '');
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(.*?))?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4]);
  m = /^(\d{4})\s*[/.年]\s*(\d{1,2})\s*[/.月]\s*(\d{1,2})\s*日?\s*(.*)$/.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(.*))?$/.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const year = m[3]!.length === 2 ? 2000 + +m[3]! - (+m[3]! >= 70 ? 100 : 0) : +m[3]!;
    return a > 12 ? build(year, b, a, m[4]) : build(year, a, b, m[4]);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(.*))?$/.exec(s);
  if (m) return build(+m[3]!, +m[2]!, +m[1]!, m[4]);
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial < 25_569 || serial >= 73_051) return null;
    const ms = Math.round((serial - 25_569) * 86_400) * 1000;
    return new Date(ms).toISOString().slice(0, 19);
  }
  return null;
}

/** A trailing `GMT+8`, `GMT-05:00` or `UTC` after a time. */
const NAMED_ZONE = /(?<=\d\s*(?:[AaPp]\.?[Mm]\.?)?)\s+(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?$/;

function build(year: number, month: number, day: number, time: string | undefined): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const t = time === undefined || time.trim() === '' ? [0, 0, 0] : parseTime(time);
  if (!t) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(t[0]!)}:${pad(t[1]!)}:${pad(t[2]!)}`;
}

/** "9:15", "09:15:00.123", "9:15:00 PM", "下午 3:15", "15时15分" → [h, m, s]. */
function parseTime(time: string): number[] | null {
  const m = /^(上午|下午|[AaPp][Mm])?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})\s*分?(?:\s*[:]?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?\s*([AaPp]\.?[Mm]\.?)?$/.exec(time.trim());
  if (!m) return null;
  let h = +m[2]!;
  const min = +m[3]!;
  const sec = m[4] === undefined ? 0 : +m[4]!;
  const half = (m[1] ?? m[5] ?? '').replace(/\./g, '').toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return null;
    const pm = half === 'pm' || half === '下午';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  return [h, min, sec];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
