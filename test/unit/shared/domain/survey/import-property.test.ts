/**
 * Property test of the whole suggest-and-convert path on generated exports that carry what
 * real ones do: write-ins in choice and checkbox columns, "don't know"-style options on a
 * scale, and metadata columns full of NULL, (跳过) and -. Nothing is refused, and every
 * non-empty cell ends up in exactly one place: a scored value, a chosen option, a write-in,
 * or a note (missing / unscored) — never two.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { isSkipped } from '../../../../../shared/domain/survey/answers';
import { convertTable } from '../../../../../shared/domain/survey/convert';
import { detectLayout } from '../../../../../shared/domain/survey/layout';
import { isKnownMessage } from '../../../../../shared/messages/catalog';

const AGREE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const NA = ["Don't know", 'Not applicable', 'Unfamiliar (N/A)', 'No opinion', '不适用'];
const OPTIONS = ['Bus', 'Train', 'Car, own', 'Bike'];
const JUNK = ['NULL', '(跳过)', '-', ''];

const row = fc.record({
  junkTime: fc.constantFrom(...JUNK),
  junkDuration: fc.constantFrom(...JUNK),
  scale: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...AGREE) }, { weight: 2, arbitrary: fc.constantFrom(...NA) }, { weight: 1, arbitrary: fc.constant('') }),
  single: fc.oneof({ weight: 14, arbitrary: fc.constantFrom(...OPTIONS) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e6 }).map((n) => `write-in ${n}`) }),
  multi: fc.subarray(OPTIONS, { minLength: 1 }),
  multiWriteIn: fc.oneof({ weight: 14, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e6 }).map((n) => `own words ${n}`) }),
});

describe('generated exports with write-ins, N/A options and junk metadata', () => {
  it('import whole, and count every answer exactly once', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 40, maxLength: 120 }), (data) => {
        // Write-ins are the exception in a choice column (the importer needs 80% of answers on recurring options).
        fc.pre(data.filter((r) => r.multiWriteIn).length <= data.length * 0.12 && data.filter((r) => !OPTIONS.includes(r.single)).length <= data.length * 0.12);
        // Every option is chosen at least twice, as in any real column of this size.
        // Write-ins are one-offs (two people writing the same words make it an option).
        const unique = data.map((r, i) => ({ ...r, single: OPTIONS.includes(r.single) ? r.single : `${r.single}-${i}`, multiWriteIn: r.multiWriteIn && `${r.multiWriteIn}-${i}` }));
        const seeded = [...OPTIONS, ...OPTIONS].map((o) => ({ ...data[0]!, single: o, multi: [o, OPTIONS[0]!], multiWriteIn: null }));
        const all = [...seeded, ...unique];
        const rows = [
          ['Timestamp', 'Duration', 'How far do you agree?', 'How did you come?', 'Which do you use? (select all)'],
          ...all.map((r) => [r.junkTime, r.junkDuration, r.scale, r.single, [...r.multi, ...(r.multiWriteIn ? [r.multiWriteIn] : [])].join(', ')]),
        ];
        const layout = detectLayout(rows);
        expect(layout.tool).toBe('google-forms');
        const stats = layout.columns.map((c) => columnStats(rows, layout.dataStartRow, c.index, (raw) => isSkipped(raw, layout.tool)));
        const { mapping } = suggestMapping(layout, stats, [], null);
        mapping.columns[1] = { action: 'duration' };
        const c = convertTable(rows, mapping, layout.tool);
        expect(c.rowCount).toBe(all.length);
        for (const w of c.warnings) expect(isKnownMessage(w.code)).toBe(true);
        // Junk metadata: at most one warning per column, never one per cell.
        expect(c.warnings.filter((w) => w.code.startsWith('import.meta.')).length).toBeLessThanOrEqual(2);

        const [scale, single, multi] = c.questions;
        expect(scale!.mapping.type).toBe('likert');
        expect(single!.mapping.type).toBe('single');
        expect(multi!.mapping.type).toBe('multiple');
        all.forEach((r, i) => {
          const notes = (q: typeof scale) => q!.notes.filter((n) => n.row === i).length;
          // The scale: a point, or a missing note, for each non-empty cell.
          const scored = Number.isNaN(scale!.values![i]!) ? 0 : 1;
          expect(scored + notes(scale)).toBe(r.scale === '' ? 0 : 1);
          expect(scale!.notes.some((n) => n.row === i && n.kind === 'missing')).toBe(NA.includes(r.scale));
          // The single choice: one option; a write-in is that option "Other" with its text.
          expect(Number.isNaN(single!.values![i]!)).toBe(false);
          expect(notes(single)).toBe(0);
          expect(single!.writeIns![i]?.text ?? null).toBe(OPTIONS.includes(r.single) ? null : r.single);
          // The checkboxes: each option once, plus "Other" for the write-in.
          const chosen = multi!.multi![i]!;
          expect(new Set(chosen).size).toBe(chosen.length);
          expect(chosen.length).toBe(new Set(r.multi).size + (r.multiWriteIn ? 1 : 0));
          expect(multi!.writeIns![i]?.text ?? null).toBe(r.multiWriteIn);
        });
        const rowsWritten = all.reduce((n, r, i) => n + (Number.isNaN(scale!.values![i]!) ? 0 : 1) + 1 + multi!.multi![i]!.length, 0);
        expect(c.answers).toBe(rowsWritten);
      }),
      { numRuns: 150 },
    );
  });
});
