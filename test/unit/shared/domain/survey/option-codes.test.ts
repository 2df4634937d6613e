/**
 * Which columns of a 问卷星 option-number export hold bare numbers, and which read their
 * numbers as option texts — and whether the survey's saved mapping reads them the same way.
 */
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping, toSavedMapping } from '../../../../../shared/domain/survey/auto-map';
import { applyCodeTexts, codeTexts } from '../../../../../shared/domain/survey/code-labels';
import { detectLayout } from '../../../../../shared/domain/survey/layout';
import { codeTextColumns, numberedOptionColumns } from '../../../../../shared/domain/survey/option-codes';

const GENDER = ['男', '女'];
const header = ['序号', '提交答卷时间', '所用时间', '1、请问您的性别？', '2、您的年龄（岁）'];
const codes = Array.from({ length: 20 }, (_, i) => String((i % 3 === 0 ? 1 : 2)));
const codeRows = [header, ...codes.map((c, i) => [String(i + 1), '2026-03-01 10:00:00', '60秒', c, String(20 + i)])];
const textRows = [header, ...codes.map((c, i) => [String(i + 1), '2026-03-01 10:00:00', '60秒', GENDER[Number(c) - 1]!, String(20 + i)])];

function mappings() {
  const layout = detectLayout(codeRows);
  const stats = layout.columns.map((c) => columnStats(codeRows, layout.dataStartRow, c.index, () => false));
  const plain = suggestMapping(layout, stats, [], null).mapping;
  const named = applyCodeTexts(plain, layout, stats, codeTexts({ layout, rows: codeRows }, { layout: detectLayout(textRows), rows: textRows }), layout.tool);
  return { layout, plain, named };
}

describe('option-number columns', () => {
  it('are counted while their options are bare numbers, and listed with their texts once named', () => {
    const { layout, plain, named } = mappings();
    expect(layout.tool).toBe('wenjuanxing');
    expect(numberedOptionColumns(layout.tool, plain.columns)).toBe(1);
    expect(numberedOptionColumns('qualtrics', plain.columns)).toBe(0);
    expect(numberedOptionColumns(layout.tool, named.columns)).toBe(0);
    expect(codeTextColumns(layout, codeRows, plain.columns, null)).toEqual([]);
    const listed = codeTextColumns(layout, codeRows, named.columns, null);
    // The age column holds numbers, not option codes with texts: it is not listed.
    expect(listed).toEqual([
      {
        index: 3,
        column: 'D',
        question: '请问您的性别？',
        options: [
          { code: '1', text: '男' },
          { code: '2', text: '女' },
        ],
        cells: 20,
        saved: false,
      },
    ]);
  });

  it('say the texts are the saved mapping’s when it reads the codes the same way, and not when it reads them otherwise', () => {
    const { layout, named } = mappings();
    const saved = toSavedMapping(layout, named, new Map());
    expect(codeTextColumns(layout, codeRows, named.columns, saved)[0]?.saved).toBe(true);
    const gender = saved.byHeader['1、请问您的性别？']!;
    if (gender.action !== 'question') throw new Error('gender is a question');
    const swapped = { byHeader: { ...saved.byHeader, '1、请问您的性别？': { ...gender, labels: gender.labels.map((l) => ({ ...l, en: l.en === '男' ? '女' : '男', 'zh-CN': l['zh-CN'] === '男' ? '女' : '男' })) } } };
    expect(codeTextColumns(layout, codeRows, named.columns, swapped)[0]?.saved).toBe(false);
  });
});
