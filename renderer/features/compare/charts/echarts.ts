/**
 * ECharts with only the parts the Compare page draws (bars, lines, custom whiskers; grid,
 * legend, tooltip, mark line; canvas on screen and SVG for downloads), so the chunk stays small.
 * Imported only from lazily loaded modules.
 */
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use as register } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

register([BarChart, CustomChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export { init };
