import { describe, expect, it } from 'vitest';
import { oneDecimal } from '../../../renderer/features/editor/stats/format';

describe('oneDecimal', () => {
  it('writes what Intl writes, for English and Chinese', () => {
    const values = [0, -0, 1, 2.25, 3.15, 0.15, 1.05, 4.95, -0.04, -2.35, 999.94, 999.95, 1234.56];
    for (let n = 1; n <= 30; n++) for (let s = 0; s <= 5 * n; s++) values.push(s / n);
    for (const locale of ['en', 'zh-CN']) {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      for (const v of values) expect(oneDecimal(v, locale), `${v} in ${locale}`).toBe(intl.format(v));
    }
  });

  it('shows a dash for no value', () => {
    expect(oneDecimal(null, 'en')).toBe('—');
    expect(oneDecimal(Number.NaN, 'zh-CN')).toBe('—');
  });
});
