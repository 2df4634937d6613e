/**
 * 问卷星 option codes with the text export of the same survey: a code column whose texts are
 * a satisfaction scale becomes that scale (with "不适用" missing), and the codes score as the
 * texts would.
 */
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { applyCodeTexts, codeTexts } from '../../../../../shared/domain/survey/code-labels';
import { convertTable } from '../../../../../shared/domain/survey/convert';
import { detectLayout } from '../../../../../shared/domain/survey/layout';

const SCALE = ['非常不满意', '不满意', '一般', '满意', '非常满意', '不适用'];
const header = ['序号', '提交答卷时间', '所用时间', '1、您对服务的满意度'];
const codes = Array.from({ length: 30 }, (_, i) => String((i * 7) % 6 + 1));
const codeRows = [header, ...codes.map((c, i) => [String(i + 1), '2026-03-01 10:00:00', '60秒', c])];
// The text export lists the same respondents in another order.
const textRows = [header, ...codes.map((c, i) => [String(i + 1), '2026-03-01 10:00:00', '60秒', SCALE[Number(c) - 1]!]).reverse()];

describe('option codes with a text export', () => {
  it('type the column from the texts and score each code as its text', () => {
    const layout = detectLayout(codeRows);
    const stats = layout.columns.map((c) => columnStats(codeRows, layout.dataStartRow, c.index, () => false));
    const plain = suggestMapping(layout, stats, [], null).mapping;
    expect(plain.columns[3]).toMatchObject({ type: 'single' });
    const texts = codeTexts({ layout, rows: codeRows }, { layout: detectLayout(textRows), rows: textRows });
    expect(texts.get(3)?.get('5')).toBe('非常满意');
    const mapping = applyCodeTexts(plain, layout, stats, texts, layout.tool);
    expect(mapping.columns[3]).toMatchObject({ type: 'likert', scaleMin: 1, scaleMax: 5 });
    const q = convertTable(codeRows, mapping, layout.tool).questions[0]!;
    const scored = codes.filter((c) => c !== '6').map(Number);
    expect([...q.values!].filter((v) => !Number.isNaN(v))).toEqual(scored);
    expect(q.notes.filter((n) => n.kind === 'missing')).toHaveLength(codes.filter((c) => c === '6').length);
  });
});
