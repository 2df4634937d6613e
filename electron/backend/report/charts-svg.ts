/**
 * Server-side ECharts: the report's charts as SVG strings (no DOM, no canvas, no animation).
 * Long item lists are split into charts of at most CHUNK rows so each fits on a page.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import {
  beforeAfterHeight,
  beforeAfterOption,
  CHART_WIDTH,
  changeChartItems,
  changeHeight,
  changeOption,
  meanChartItems,
  npsChartItems,
  npsHeight,
  npsOption,
} from '../../../shared/domain/compare/charts';
import type { Comparison, ComparisonItem } from '../../../shared/ops/compare';
import { itemTitle, type ReportStrings } from './strings';

const CHUNK = 20;

export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface ReportCharts {
  change: string[];
  means: string[];
  nps: string[];
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** The charts of the whole-round items. */
export function renderReportCharts(comparison: Comparison, s: ReportStrings): ReportCharts {
  const overall = comparison.items.filter((i) => i.group === null);
  const labelOf = (i: ComparisonItem) => itemTitle(i, s);
  return {
    change: chunks(changeChartItems(overall), CHUNK).map((part) => renderChartSvg(changeOption(part, s.chart, labelOf), CHART_WIDTH, changeHeight(part.length))),
    means: chunks(meanChartItems(overall), CHUNK).map((part) => renderChartSvg(beforeAfterOption(part, s.chart, labelOf), CHART_WIDTH, beforeAfterHeight(part.length))),
    nps: chunks(npsChartItems(overall), 8).map((part) => renderChartSvg(npsOption(part, s.chart, labelOf), CHART_WIDTH, npsHeight(part.length))),
  };
}
