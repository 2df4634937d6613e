/** Number formatting for figures shown many times per render. */
import { numberFormat } from '../../../lib/intl';

/**
 * One decimal (e.g. a mean rating), or "—" when there is none. English and Chinese write it
 * the same way ("3.5"); those skip Intl, whose first formatter costs tens of milliseconds of
 * locale data on opening a map. Rounding matches Intl's: half away from zero, on the decimal
 * value as written (3.15 → 3.2), not on its binary approximation.
 */
export function oneDecimal(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (locale === 'en' || locale === 'zh-CN') {
    const tenths = Math.round(Number((Math.abs(value) * 10).toPrecision(12)));
    // From 1,000 on, Intl adds digit grouping: leave those to it.
    if (tenths < 10_000) {
      const text = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      return value < 0 || Object.is(value, -0) ? `-${text}` : text;
    }
  }
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
