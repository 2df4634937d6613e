/**
 * Property tests of the importer's mapping and conversion: arbitrary tables, messy cells and
 * mappings never crash it; every warning names real spreadsheet rows and a column; answers
 * that are accepted are inside their question's scale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { isSkipped } from '../../../../../shared/domain/survey/answers';
import { convertTable } from '../../../../../shared/domain/survey/convert';
import { detectLayout } from '../../../../../shared/domain/survey/layout';
import { isKnownMessage } from '../../../../../shared/messages/catalog';

const cell = fc.oneof(
  fc.constantFrom('', '1', '5', '7', '10', '-3', '(跳过)', '非常满意', 'Strongly agree', '=SUM(A1)', 'A┋B', 'x, y', '136秒', '2026/3/1 9:15'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 20 }).map(String),
);
const table = fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 30 });

describe('convertTable under the suggested mapping', () => {
  it('never throws, and reports problems with valid row numbers and column letters', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const layout = detectLayout(rows);
        const stats = layout.columns.map((c) => columnStats(rows, layout.dataStartRow, c.index, (raw) => isSkipped(raw, layout.tool)));
        const { mapping } = suggestMapping(layout, stats, [], null);
        const converted = convertTable(rows, mapping, layout.tool);
        expect(converted.rowCount).toBe(Math.max(0, rows.length - mapping.headerRows));
        for (const w of converted.warnings) {
          for (const r of w.rows) {
            expect(r).toBeGreaterThan(mapping.headerRows);
            expect(r).toBeLessThanOrEqual(rows.length);
          }
          expect(w.column).toMatch(/^[A-Z]+$/);
          expect(w.count).toBeGreaterThanOrEqual(w.rows.length);
          expect(isKnownMessage(w.code)).toBe(true);
        }
        for (const q of converted.questions) {
          const m = q.mapping;
          const range = m.type === 'nps' ? [0, 10] : m.type === 'likert' && m.scaleMin !== null && m.scaleMax !== null ? [m.scaleMin, m.scaleMax] : null;
          if (range && q.values) for (const v of q.values) if (!Number.isNaN(v)) expect(v >= range[0]! && v <= range[1]!).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a Likert column forced onto 1–5 warns about every out-of-scale cell, keeps it as unscored text and accepts the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 9 }), { minLength: 1, maxLength: 60 }), (values) => {
        const rows = [['Q'], ...values.map((v) => [String(v)])];
        const mapping = {
          headerRows: 1,
          columns: [{ action: 'question' as const, questionId: null, type: 'likert' as const, text: 'Q', code: null, scaleMin: 1, scaleMax: 5, labels: [], values: {} }],
        };
        const c = convertTable(rows, mapping, 'plain');
        const bad = values.filter((v) => v < 1 || v > 5).length;
        expect(c.warningCount).toBe(bad);
        expect(c.questions[0]!.notes.filter((n) => n.kind === 'unscored')).toHaveLength(bad);
        expect(c.answers).toBe(values.length - bad);
      }),
      { numRuns: 500 },
    );
  });
});
