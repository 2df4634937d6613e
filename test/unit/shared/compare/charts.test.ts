/**
 * Chart option builders: which items each chart shows, whiskers that match the CIs, colours by
 * direction, words from the caller; and the options rendered by ECharts' SSR into clean SVG.
 */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import {
  beforeAfterOption,
  type ChartText,
  changeChartItems,
  changeOption,
  DIRECTION_COLOR,
  meanChartItems,
  npsChartItems,
  npsOption,
} from '../../../../shared/domain/compare/charts';
import type { ComparisonItem } from '../../../../shared/ops/compare';
import { fixtureComparison } from '../../../support/comparison-fixture';

const TEXT: ChartText = {
  before: '前测', after: '后测', ci95: '95% 置信区间', meanAxis: '均值', changeAxis: '均值变化', better: '改善', worse: '下滑', changed: '有变化', unclear: '不明显', untested: '无法检验',
  detractors: '贬损者', passives: '被动者', promoters: '推荐者', shareAxis: '占比', nps: 'NPS',
};
const labelOf = (i: ComparisonItem) => i.label;
const overall = fixtureComparison().items.filter((i) => i.group === null);
const hiddenGroup = fixtureComparison().items.filter((i) => i.hidden);

type Series = { type: string; name: string; data: unknown[]; itemStyle?: { color: string } };
const series = (o: unknown) => (o as { series: Series[] }).series;

function svg(option: unknown, height = 500): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 680, height });
  chart.setOption(option as echarts.EChartsCoreOption);
  const out = chart.renderToSVGString();
  chart.dispose();
  return out;
}

describe('which items a chart shows', () => {
  it('mean charts take visible Likert and composite items, never NPS or hidden ones', () => {
    const shown = meanChartItems([...overall, ...hiddenGroup]);
    expect(shown.length).toBe(overall.filter((i) => i.measure !== 'nps').length);
    expect(shown.some((i) => i.measure === 'nps' || i.hidden)).toBe(false);
    expect(npsChartItems([...overall, ...hiddenGroup]).map((i) => i.label)).toEqual(['NPS 推荐意愿']);
  });

  it('the change chart is sorted from the largest gain to the largest loss', () => {
    const deltas = changeChartItems(overall).map((i) => i.delta!);
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
  });
});

describe('before/after bars', () => {
  const option = beforeAfterOption(overall, TEXT, labelOf);
  it('is still (no animation), with bars for both rounds and whiskers at the CI bounds', () => {
    expect(option.animation).toBe(false);
    const [before, after, ci] = series(option);
    expect([before!.name, after!.name, ci!.name]).toEqual(['前测', '后测', '95% 置信区间']);
    const q1 = overall[0]!;
    expect(before!.data[0]).toBeCloseTo(q1.before.mean!, 4);
    expect(after!.data[0]).toBeCloseTo(q1.after.mean!, 4);
    expect(ci!.data[0]).toEqual([0, Number(q1.before.ci95![0].toFixed(4)), Number(q1.before.ci95![1].toFixed(4)), 0]);
    expect(ci!.data[1]).toEqual([0, Number(q1.after.ci95![0].toFixed(4)), Number(q1.after.ci95![1].toFixed(4)), 1]);
  });

  it('renders to SVG with Chinese intact and hostile labels as text', () => {
    const out = svg(option, 600);
    expect(out.startsWith('<svg')).toBe(true);
    expect(out).toContain('前测');
    expect(out).toContain('Q1 报修电话接通速度');
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toMatch(/<path[^>]*stroke="#333"/); // the whiskers
  });
});

describe('diverging change bars', () => {
  it('colours each bar by direction (blue better, orange worse, grey unclear) and centres on zero', () => {
    const option = changeOption(overall, TEXT, labelOf) as { xAxis: { min: number; max: number }; legend: { data: string[] } };
    const s = series(option);
    expect(s.map((x) => [x.name, x.itemStyle!.color])).toEqual([
      ['改善', DIRECTION_COLOR.better],
      ['下滑', DIRECTION_COLOR.worse],
      ['不明显', DIRECTION_COLOR.unclear],
    ]);
    expect(DIRECTION_COLOR.better).toBe('#0072B2');
    expect(option.xAxis.min).toBe(-option.xAxis.max);
    expect(option.xAxis.max).toBeGreaterThanOrEqual(0.5);
    // one bar per row: every row has a value in exactly one series
    const rows = changeChartItems(overall).length;
    for (let r = 0; r < rows; r++) expect(s.filter((x) => x.data[r] !== '-')).toHaveLength(1);
    const out = svg(option, 400);
    expect(out.toLowerCase()).toContain('#0072b2');
    expect(out.toLowerCase()).toContain('#e69f00');
  });
});

describe('NPS composition', () => {
  it('stacks detractors, passives and promoters as shares that add up to 100 per round', () => {
    const option = npsOption(overall, TEXT, labelOf);
    const s = series(option);
    expect(s.map((x) => x.name)).toEqual(['贬损者', '被动者', '推荐者']);
    for (const row of [0, 1]) expect(s.reduce((a, x) => a + (x.data[row] as number), 0)).toBeCloseTo(100, 0);
    const nps = overall.find((i) => i.measure === 'nps')!;
    expect(s[2]!.data[1]).toBeCloseTo((nps.after.nps!.promoters / nps.after.nps!.n) * 100, 1);
    const out = svg(option, 200);
    expect(out).toContain('NPS +13');
    expect(out).toContain('NPS −7');
  });

  it('a chart with nothing to show still renders', () => {
    expect(svg(npsOption([], TEXT, labelOf), 100)).toMatch(/^<svg/);
  });
});
