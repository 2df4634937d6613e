/**
 * ECharts options for a before/after comparison: means with 95% CI whiskers, a diverging
 * chart of the changes, and the NPS composition. Pure builders, shared by the in-app charts
 * and the server-side SVG of the reports; every word on a chart comes from `ChartText`.
 * Animation is off (a report is a still picture) and colours are colour-blind safe
 * (Okabe–Ito blue and orange, grey for "no clear change").
 */
import type { EChartsOption } from 'echarts';
import type { ComparisonItem, Verdict } from '../../ops/compare';
import { truncateToWidth } from './text-fit';

/** Font stack that renders Chinese on Linux, Windows and macOS alike. */
export const CHART_FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

export const DIRECTION_COLOR: Readonly<Record<Verdict, string>> = {
  better: '#0072B2',
  worse: '#E69F00',
  changed: '#CC79A7',
  unclear: '#9E9E9E',
  untested: '#D9D9D9',
};
const BEFORE_COLOR = '#A9B8C9';
const AFTER_COLOR = '#1F4E79';
const NPS_COLOR = { detractors: '#E69F00', passives: '#C8C8C8', promoters: '#0072B2' };

export interface ChartText {
  before: string;
  after: string;
  ci95: string;
  meanAxis: string;
  changeAxis: string;
  better: string;
  worse: string;
  changed: string;
  unclear: string;
  untested: string;
  detractors: string;
  passives: string;
  promoters: string;
  shareAxis: string;
  nps: string;
}

export type LabelOf = (item: ComparisonItem) => string;

/** Widest label on a category axis, in em. */
const LABEL_EM = 17;
export const CHART_WIDTH = 680;
const ROW_MEAN = 34;
const ROW_CHANGE = 24;
const ROW_NPS = 24;

/** Items a mean chart can show: visible, with means on both sides, on a Likert-like scale. */
export function meanChartItems(items: readonly ComparisonItem[]): ComparisonItem[] {
  return items.filter((i) => !i.hidden && (i.measure === 'likert' || i.measure === 'composite') && i.before.mean !== null && i.after.mean !== null);
}

export function npsChartItems(items: readonly ComparisonItem[]): ComparisonItem[] {
  return items.filter((i) => !i.hidden && i.measure === 'nps' && i.before.nps && i.after.nps && i.before.nps.n > 0 && i.after.nps.n > 0);
}

const base = (): EChartsOption => ({ animation: false, textStyle: { fontFamily: CHART_FONT, fontSize: 11, color: '#222' }, backgroundColor: 'transparent' });
const fmt = (x: number, digits = 2) => (x > 0 ? `+${x.toFixed(digits)}` : x.toFixed(digits).replace('-', '−'));
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function beforeAfterHeight(count: number): number {
  return 82 + count * ROW_MEAN;
}

/** Scale limits shared by all items; falls back to the data range for unusual scales. */
function meanRange(items: readonly ComparisonItem[]): [number, number] {
  const mins = items.map((i) => i.scale?.min ?? 1);
  const maxs = items.map((i) => i.scale?.max ?? 5);
  return [Math.min(...mins, 1), Math.max(...maxs, 5)];
}

const BAR = 11;
const GAP = 0.3;

/** Horizontal bars of the before and after means per item, each with its 95% CI whisker. */
export function beforeAfterOption(items: readonly ComparisonItem[], text: ChartText, labelOf: LabelOf): EChartsOption {
  const shown = meanChartItems(items);
  const [min, max] = meanRange(shown);
  const whiskers: number[][] = [];
  shown.forEach((item, index) => {
    if (item.before.ci95) whiskers.push([index, round(item.before.ci95[0]), round(item.before.ci95[1]), 0]);
    if (item.after.ci95) whiskers.push([index, round(item.after.ci95[0]), round(item.after.ci95[1]), 1]);
  });
  // Two bars of BAR px with a gap of GAP·BAR between them: each bar's centre sits this far from the band's centre.
  const offset = (BAR + GAP * BAR) / 2;
  return {
    ...base(),
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, data: [text.before, text.after, text.ci95] },
    grid: { left: 4, right: 20, top: 28, bottom: 30, containLabel: true },
    xAxis: { type: 'value', min, max, interval: 1, name: text.meanAxis, nameLocation: 'middle', nameGap: 22, splitLine: { lineStyle: { color: '#E5E5E5' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((i) => truncateToWidth(labelOf(i), LABEL_EM)),
      axisTick: { show: false },
      axisLabel: { fontSize: 11 },
    },
    series: [
      { type: 'bar', name: text.before, barWidth: BAR, barGap: `${GAP * 100}%`, itemStyle: { color: BEFORE_COLOR }, data: shown.map((i) => round(i.before.mean!)) },
      {
        type: 'bar',
        name: text.after,
        barWidth: BAR,
        itemStyle: { color: AFTER_COLOR },
        data: shown.map((i) => round(i.after.mean!)),
      },
      {
        type: 'custom',
        name: text.ci95,
        itemStyle: { color: '#333' },
        encode: { x: [1, 2], y: 0 },
        data: whiskers,
        z: 10,
        renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (v: number[]) => number[] }) => {
          const index = api.value(0);
          const y = api.coord([0, index])[1]! + (api.value(3) === 0 ? -offset : offset);
          const x1 = api.coord([api.value(1), index])[0]!;
          const x2 = api.coord([api.value(2), index])[0]!;
          const style = { stroke: '#333', lineWidth: 1 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1, y1: y, x2, y2: y }, style },
              { type: 'line', shape: { x1, y1: y - 3, x2: x1, y2: y + 3 }, style },
              { type: 'line', shape: { x1: x2, y1: y - 3, x2, y2: y + 3 }, style },
            ],
          };
        },
      },
    ],
  } as EChartsOption;
}

export function changeHeight(count: number): number {
  return 90 + count * ROW_CHANGE;
}

/** Items of a change chart, largest gain first. */
export function changeChartItems(items: readonly ComparisonItem[]): ComparisonItem[] {
  return meanChartItems(items)
    .filter((i) => i.delta !== null)
    .sort((a, b) => b.delta! - a.delta!);
}

/** Diverging bars of after − before in mean points, coloured by what the test concluded. */
export function changeOption(items: readonly ComparisonItem[], text: ChartText, labelOf: LabelOf): EChartsOption {
  const shown = changeChartItems(items);
  const reach = Math.max(0.1, ...shown.map((i) => Math.abs(i.delta!))) * 1.2;
  // A round step that gives at most four ticks each side of zero.
  const step = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10].find((x) => reach / x <= 4) ?? Math.ceil(reach / 4);
  const limit = Math.ceil(reach / step) * step;
  const dirName: Record<Verdict, string> = { better: text.better, worse: text.worse, changed: text.changed, unclear: text.unclear, untested: text.untested };
  const used = (['better', 'worse', 'changed', 'unclear'] as const).filter((d) => shown.some((i) => i.verdict === d));
  return {
    ...base(),
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, data: used.map((d) => dirName[d]) },
    grid: { left: 4, right: 16, top: 28, bottom: 30, containLabel: true },
    xAxis: {
      type: 'value',
      min: -limit,
      max: limit,
      interval: step,
      name: text.changeAxis,
      nameLocation: 'middle',
      nameGap: 22,
      splitLine: { lineStyle: { color: '#E5E5E5' } },
      axisLabel: { formatter: (v: number) => (Math.abs(v) < 1e-9 ? '0' : fmt(v, String(step).split('.')[1]?.length ?? 0)) },
    },
    yAxis: { type: 'category', inverse: true, data: shown.map((i) => truncateToWidth(labelOf(i), LABEL_EM)), axisTick: { show: false }, axisLine: { show: false } },
    // One series per direction (so the legend names the colours), stacked so each row has one bar.
    series: used.map((d) => ({
      type: 'bar' as const,
      name: dirName[d],
      stack: 'change',
      barWidth: 12,
      itemStyle: { color: DIRECTION_COLOR[d] },
      label: { show: true, position: 'right' as const, fontSize: 10, formatter: (p: { value: number | '-' }) => (typeof p.value === 'number' ? fmt(p.value) : '') },
      data: shown.map((i) => (i.verdict === d ? { value: round(i.delta!), label: { position: i.delta! < 0 ? ('left' as const) : ('right' as const) } } : '-')),
    })),
  } as EChartsOption;
}

export function npsHeight(count: number): number {
  return 86 + count * 2 * ROW_NPS + count * 8;
}

/** Detractors, passives and promoters as shares of answers, before and after, per NPS item. */
export function npsOption(items: readonly ComparisonItem[], text: ChartText, labelOf: LabelOf): EChartsOption {
  const shown = npsChartItems(items);
  const rows = shown.flatMap((i) => [
    { item: i, side: i.before, name: `${truncateToWidth(labelOf(i), LABEL_EM - 6)} · ${text.before}` },
    { item: i, side: i.after, name: `${truncateToWidth(labelOf(i), LABEL_EM - 6)} · ${text.after}` },
  ]);
  const share = (part: 'detractors' | 'passives' | 'promoters') => rows.map((r) => round((r.side.nps![part] / r.side.nps!.n) * 100, 1));
  const npsLabel = (r: (typeof rows)[number]) => `${text.nps} ${fmt(r.side.nps!.nps ?? 0, 0)}`;
  const series = (['detractors', 'passives', 'promoters'] as const).map((part) => ({
    type: 'bar' as const,
    name: text[part],
    stack: 'nps',
    barWidth: 14,
    itemStyle: { color: NPS_COLOR[part] },
    label: { show: true, color: part === 'promoters' ? '#fff' : '#222', fontSize: 10, formatter: (p: { value: number }) => (p.value >= 7 ? `${Math.round(p.value)}%` : '') },
    data: share(part),
  }));
  return {
    ...base(),
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, data: series.map((s) => s.name) },
    grid: { left: 4, right: 84, top: 28, bottom: 30, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: text.shareAxis, nameLocation: 'middle', nameGap: 22, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    yAxis: [
      { type: 'category', inverse: true, data: rows.map((r) => r.name), axisTick: { show: false } },
      { type: 'category', inverse: true, position: 'right', data: rows.map(npsLabel), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { fontWeight: 'bold' } },
    ],
    series,
  } as EChartsOption;
}
