/** Number formatting of the Compare page: p-values, signed changes, means with their interval. */
import type { TFunction } from 'i18next';
import type { CompareSide, ComparisonItem } from '../../../shared/ops/compare';
import { numberFormat } from '../../lib/intl';
import { formatNumber } from '../surveys';

export { formatCount, formatNps, formatNumber, formatPercent } from '../surveys';

/** "0.012", "< 0.001", or "—". */
export function formatP(p: number | null, locale: string): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.001) return `< ${formatNumber(0.001, locale, 3)}`;
  return formatNumber(p, locale, p < 0.01 ? 3 : 2);
}

/** A change with its sign: "+0.4", "−1.2", "0.0". */
export function formatSigned(value: number | null, locale: string, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** "3.8 (3.6–4.0)". */
export function meanCiText(t: TFunction, side: CompareSide, locale: string): string {
  if (side.mean === null) return '—';
  if (!side.ci95) return formatNumber(side.mean, locale, 2);
  return t('compare.table.meanCi', { mean: formatNumber(side.mean, locale, 2), lo: formatNumber(side.ci95[0], locale, 2), hi: formatNumber(side.ci95[1], locale, 2) });
}

/** Digits a change is shown with: whole NPS points, two decimals for means. */
export const deltaDigits = (item: Pick<ComparisonItem, 'measure'>): number => (item.measure === 'nps' ? 0 : 2);
