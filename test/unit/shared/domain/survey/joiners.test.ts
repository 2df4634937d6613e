/**
 * Sheets whose tool has no fixed multi-select joiner: the joiner is read from the answers
 * (",", "，", "、", "|"), remembered in the mapping, and used to split every cell; numbers
 * with decimal commas are numbers.
 */
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { convertTable } from '../../../../../shared/domain/survey/convert';
import { detectLayout } from '../../../../../shared/domain/survey/layout';

const OPTIONS = ['保养', '维修', '保险', '金融'];

function imported(rows: string[][]) {
  const layout = detectLayout(rows);
  const stats = layout.columns.map((c) => columnStats(rows, layout.dataStartRow, c.index, (raw) => raw.trim() === ''));
  const { mapping } = suggestMapping(layout, stats, [], null);
  return { mapping, converted: convertTable(rows, mapping, layout.tool) };
}

/** Row i chooses the options whose bit is set in i (1…15), in listed order. */
const chosen = (i: number) => OPTIONS.filter((_, k) => (i >> k) & 1);

describe('multi-select joiners in files without a fixed one', () => {
  for (const joiner of ['，', '、', ',', '|']) {
    it(`"${joiner}"`, () => {
      const rows = [['编号', '您使用过哪些服务？'], ...Array.from({ length: 45 }, (_, i) => [String(i + 1), chosen((i % 15) + 1).join(joiner)])];
      const { mapping, converted } = imported(rows);
      expect(mapping.columns[1]).toMatchObject({ type: 'multiple', joiner });
      const q = converted.questions[0]!;
      const labels = new Map((mapping.columns[1] as { labels: { value: number; en: string }[] }).labels.map((l) => [l.value, l.en]));
      rows.slice(1).forEach((r, i) => expect(q.multi![i]!.map((v) => labels.get(v))).toEqual(r[1]!.split(joiner)));
      expect(converted.warningCount).toBe(0);
    });
  }

  it('numbers with decimal commas are numbers; "1,234"-style thousands alone are not taken for decimals', () => {
    const rows = [['ID', 'Hours', 'Amount'], ...Array.from({ length: 30 }, (_, i) => [String(i + 1), `${i % 7},${i % 10}`, `1,${String(100 + i)}`])];
    const { mapping, converted } = imported(rows);
    expect(mapping.columns[1]).toMatchObject({ type: 'number', decimalComma: true });
    expect([...converted.questions[0]!.values!]).toEqual(rows.slice(1).map((r) => Number(r[1]!.replace(',', '.'))));
    expect(mapping.columns[2]).not.toMatchObject({ decimalComma: true });
  });
});
