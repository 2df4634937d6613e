/**
 * Ranking questions are their own type: an import's 1…N ranking columns become `rank` (by
 * header word or by a permutation per respondent), and a compared rank item reports mean
 * rank and the share ranked first — never top-2-box, which on a ranking means least favourite.
 */
import { describe, expect, it } from 'vitest';
import { columnStats, suggestMapping } from '../../../../../shared/domain/survey/auto-map';
import { detectLayout } from '../../../../../shared/domain/survey/layout';
import { markRankColumns } from '../../../../../shared/domain/survey/rank-columns';
import { compareHistograms, decideFamily } from '../../../../../shared/domain/compare/items';
import { explainItem } from '../../../../../shared/domain/compare/explain';

function mapped(rows: string[][]) {
  const layout = detectLayout(rows);
  const stats = layout.columns.map((c) => columnStats(rows, layout.dataStartRow, c.index, () => false));
  const { mapping } = suggestMapping(layout, stats, [], null);
  return { before: mapping, after: markRankColumns(mapping, layout, rows) };
}

const types = (m: ReturnType<typeof mapped>['after']) => m.columns.map((c) => (c.action === 'question' ? `${c.type}:${c.scaleMax}` : c.action));

describe('ranking columns in an import', () => {
  it('types sibling columns holding a permutation per respondent as rank 1…N', () => {
    const rows = [
      ['Respondent ID', 'Please order these services by importance', '', '', '', '', ''],
      ['', 'Phone', 'On-site', 'Online', 'Parts', 'Loan machine', 'Training'],
      ['1', '1', '2', '3', '4', '5', '6'],
      ['2', '6', '5', '4', '3', '2', '1'],
      ['3', '2', '1', '6', '5', '3', '4'],
      ['4', '3', '4', '1', '2', '6', '5'],
    ];
    const { before, after } = mapped(rows);
    expect(types(before).slice(1)).toContain('likert:7');
    expect(types(after).slice(1)).toEqual(Array(6).fill('rank:6'));
    const first = after.columns[1]!;
    expect(first.action === 'question' && first.direction).toBe('lower-better');
  });

  it('leaves a rating matrix (repeated values per respondent) Likert', () => {
    const rows = [
      ['Respondent ID', 'How satisfied are you with', '', ''],
      ['', 'Phone', 'On-site', 'Online'],
      ['1', '4', '4', '5'],
      ['2', '1', '2', '3'],
      ['3', '5', '5', '5'],
    ];
    expect(types(mapped(rows).after).slice(1)).toEqual(['likert:5', 'likert:5', 'likert:5']);
  });

  it('types a column whose header says 排序 or rank as rank', () => {
    const rows = [
      ['ID', '电话服务的排序', 'Rank of on-site service', '满意度'],
      ['1', '1', '3', '4'],
      ['2', '2', '1', '5'],
      ['3', '3', '2', '3'],
    ];
    expect(types(mapped(rows).after).slice(1)).toEqual(['rank:3', 'rank:3', 'likert:5']);
  });
});

describe('a compared rank item', () => {
  it('reports mean rank and share ranked first, no top-2-box, and a lower mean rank is better', () => {
    const before = { counts: [1, 2, 3, 4, 5, 6].map((value) => ({ value, count: value === 6 ? 30 : 10 })), n: 80 };
    const after = { counts: [1, 2, 3, 4, 5, 6].map((value) => ({ value, count: value === 1 ? 40 : 8 })), n: 80 };
    const tested = compareHistograms(before, after, 'rank', { min: 1, max: 6 }, false);
    expect(tested.before.top2).toBeNull();
    expect(tested.before.first).toBeCloseTo(10 / 80, 12);
    expect(tested.after.first).toBeCloseTo(40 / 80, 12);
    const [item] = decideFamily([{ ...tested, direction: 'lower-better' as const, measure: 'rank' as const }], 0.05);
    expect(item!.delta!).toBeLessThan(0);
    expect(item!.verdict).toBe('better');
    expect(explainItem(item!, 'en')).toMatch(/^Mean rank down \d\.\d\d \(\d\.\d\d → \d\.\d\d\), lower is better: better/);
    expect(explainItem(item!, 'zh-CN')).toMatch(/^平均名次下降 \d\.\d\d/);
  });
});
