/**
 * A column of whole numbers is typed by how its answers are spread, not by its largest value:
 * a 1–5 scale with one stray 9 stays 1–5 (the 9 kept as an unexpected value and reported),
 * while a 0–10 guess needs answers across that range.
 */
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { convertTable } from '../../../../../shared/domain/survey/convert';
import { detectLayout } from '../../../../../shared/domain/survey/layout';

/** One question column under a plain header, typed and converted as an import does it. */
function typed(header: string, cells: string[]) {
  const rows = [['ID', header], ...cells.map((c, i) => [String(i + 1), c])];
  const layout = detectLayout(rows);
  const stats = layout.columns.map((c) => columnStats(rows, layout.dataStartRow, c.index, (raw) => raw.trim() === ''));
  const { mapping } = suggestMapping(layout, stats, [], null);
  const converted = convertTable(rows, mapping, layout.tool);
  return { mapping: mapping.columns[1]!, converted, question: converted.questions[0]! };
}

const cycle = (values: number[], n: number) => Array.from({ length: n }, (_, i) => String(values[i % values.length]));

describe('whole-number columns', () => {
  it('a 1–5 scale with one stray 9 stays 1–5 and the 9 is an unexpected value', () => {
    const cells = cycle([1, 2, 3, 4, 5, 4, 3], 60);
    cells[17] = '9';
    const { mapping, converted, question } = typed('Service rating', cells);
    expect(mapping).toMatchObject({ type: 'likert', scaleMin: 1, scaleMax: 5 });
    const warning = converted.warnings.find((w) => w.code === 'import.answer.outOfScale');
    expect(warning).toMatchObject({ column: 'B', count: 1, rows: [19] });
    expect(question.notes).toEqual([{ row: 17, kind: 'unscored', text: '9' }]);
    const scored = cells.filter((c) => c !== '9').map(Number);
    const values = [...question.values!].filter((v) => !Number.isNaN(v));
    expect(values).toEqual(scored);
  });

  it('the same with a "recommend" header: one 9 does not make 1–5 answers an NPS', () => {
    const cells = cycle([5, 4, 3, 4, 2, 1], 40);
    cells[3] = '9';
    expect(typed('How likely are you to recommend us (1-5)?', cells).mapping).toMatchObject({ type: 'likert', scaleMin: 1, scaleMax: 5 });
  });

  it('answers spread over 0–10 are an NPS; so are answers all at 8–10', () => {
    expect(typed('Score', cycle([0, 3, 5, 6, 7, 8, 9, 10, 10, 9], 50)).mapping).toMatchObject({ type: 'nps' });
    expect(typed('Score', cycle([8, 9, 10, 10, 9], 50)).mapping).toMatchObject({ type: 'nps' });
  });

  it('a 1–7 scale whose top points are rare stays 1–7', () => {
    const cells = cycle([1, 2, 3, 4, 5, 3, 4, 2], 100);
    cells[10] = '6';
    cells[20] = '7';
    expect(typed('Ease', cells).mapping).toMatchObject({ type: 'likert', scaleMin: 1, scaleMax: 7 });
  });

  it('an NPS column with one stray 99 stays an NPS with the 99 reported', () => {
    const cells = cycle([0, 2, 4, 6, 7, 8, 9, 10, 9, 10], 60);
    cells[5] = '99';
    const { mapping, converted } = typed('Score', cells);
    expect(mapping).toMatchObject({ type: 'nps' });
    expect(converted.warnings.find((w) => w.code === 'import.answer.outOfScale')).toMatchObject({ count: 1, rows: [7] });
  });

  it('few answers are not enough to call one of them stray', () => {
    expect(typed('Score', ['1', '2', '3', '9', '4']).mapping).toMatchObject({ type: 'nps' });
  });

  it('numbers spread far beyond a scale are numbers', () => {
    expect(typed('Age', cycle([18, 25, 33, 41, 52, 67, 3], 50)).mapping).toMatchObject({ type: 'number' });
  });
});
