/** Locale-aware formatting helpers for numbers, sizes and dates. */
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl';

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** One decimal, or null → the placeholder dash. */
export function formatDecimal(value: number | null, locale: string, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

const DAY = 86_400_000;

/** "3 hours ago" for the last week, a plain date before that. */
export function formatRelative(iso: string, locale: string, now: number, justNow: string): string {
  const d = new Date(iso);
  const t = d.getTime();
  if (Number.isNaN(t)) return iso;
  const diff = t - now;
  const abs = Math.abs(diff);
  if (abs < 60_000) return justNow;
  if (abs >= 7 * DAY) return dateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** The file name at the end of a path (either separator), for compact display. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
