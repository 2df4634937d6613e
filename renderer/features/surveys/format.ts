/** Formatting for the Surveys section: field days, percentages, means. */
import { dateTimeFormat, numberFormat } from '../../lib/intl';

/** A `YYYY-MM-DD` day (or an ISO time) as a local date, without time-zone shifts. */
export function formatDay(day: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}

/** "1 Mar 2026 – 30 Apr 2026", one end, or null when neither is set. */
export function formatDays(start: string | null, end: string | null, locale: string): string | null {
  if (!start && !end) return null;
  if (start && end) return `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
  return start ? `${formatDay(start, locale)} –` : `– ${formatDay(end!, locale)}`;
}

/** A share (0–1) as a percentage. */
export function formatPercent(share: number | null, locale: string, digits = 0): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

export function formatNumber(value: number | null, locale: string, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** An NPS (−100…100) with its sign. */
export function formatNps(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** An ISO time's local date. */
export function formatDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}
