/**
 * The emotion curve of two versions of a journey on one chart (emotion − 3, −2 … +2, per
 * touchpoint in journey order). Touchpoints only one version has keep their place; the other
 * version's line skips them rather than drawing them as 0.
 */
import type { EChartsOption } from 'echarts';
import { CHART_FONT } from '../../../../shared/domain/compare/charts';
import type { Journey } from '../../../../shared/domain/journey';
import { emotionCurve } from '../../../../shared/domain/map/emotion-curve';

export interface EmotionText {
  before: string;
  after: string;
  axis: string;
}

/** Touchpoint ids in the after version's order, with those only the before version has slotted in after their predecessor. */
export function mergedOrder(before: readonly string[], after: readonly string[]): string[] {
  const out = [...after];
  const placed = new Set(out);
  let prev: string | null = null;
  for (const id of before) {
    if (!placed.has(id)) {
      const at = prev === null ? 0 : out.indexOf(prev) + 1;
      out.splice(at, 0, id);
      placed.add(id);
    }
    prev = id;
  }
  return out;
}

export function emotionHeight(): number {
  return 300;
}

export function emotionOption(before: Journey, after: Journey, text: EmotionText): EChartsOption {
  const b = emotionCurve(before);
  const a = emotionCurve(after);
  const order = mergedOrder(
    b.map((p) => p.touchpointId),
    a.map((p) => p.touchpointId),
  );
  const title = new Map([...before.touchpoints, ...after.touchpoints].map((tp) => [tp.id, tp.title]));
  const value = (points: typeof b) => {
    const m = new Map(points.map((p) => [p.touchpointId, p.value]));
    return order.map((id) => (m.has(id) ? m.get(id)! : null));
  };
  const short = (s: string) => (s.length > 10 ? `${s.slice(0, 9)}…` : s);
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: CHART_FONT, fontSize: 11, color: '#222' },
    legend: { top: 0, left: 0, data: [text.before, text.after] },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: order.map((id) => title.get(id) ?? id), axisLabel: { interval: 0, rotate: order.length > 8 ? 35 : 0, formatter: short } },
    yAxis: { type: 'value', min: -2, max: 2, interval: 1, name: text.axis, nameLocation: 'middle', nameGap: 28 },
    series: [
      { type: 'line', name: text.before, z: 3, data: value(b), connectNulls: false, symbol: 'circle', symbolSize: 7, lineStyle: { color: '#8A9BAE', type: 'dashed', width: 2 }, itemStyle: { color: '#8A9BAE' } },
      {
        type: 'line',
        name: text.after,
        z: 2,
        data: value(a),
        connectNulls: false,
        symbol: 'diamond',
        symbolSize: 9,
        lineStyle: { color: '#0072B2', width: 2.5 },
        itemStyle: { color: '#0072B2' },
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#999', type: 'solid' }, data: [{ yAxis: 0 }] },
      },
    ],
  } as EChartsOption;
}
