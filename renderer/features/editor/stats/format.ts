/** Number formatting for figures shown many times per render: one Intl formatter per language. */
const formatters = new Map<string, Intl.NumberFormat>();

/** One decimal (e.g. a mean rating), or "—" when there is none. */
export function oneDecimal(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return f.format(value);
}
