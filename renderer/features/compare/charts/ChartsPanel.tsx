import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  beforeAfterHeight,
  beforeAfterOption,
  changeChartItems,
  changeHeight,
  changeOption,
  meanChartItems,
  npsChartItems,
  npsHeight,
  npsOption,
} from '../../../../shared/domain/compare/charts';
import type { Comparison, ComparisonItem } from '../../../../shared/ops/compare';
import { filterItems } from '../filterItems';
import { ItemFilters } from '../ItemFilters';
import { itemTitleText } from '../labels';
import { useCompare } from '../store';
import { chartText } from './chartText';
import { EChart } from './EChart';

/** Most items a chart shows: the ones that changed most. */
const MAX_ROWS = 25;

const biggest = (items: ComparisonItem[]) => [...items].sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0)).slice(0, MAX_ROWS);

/** Before/after means with CI whiskers, the diverging chart of changes, and NPS composition, for the filtered items. */
export function ChartsPanel({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const filters = useCompare((s) => s.filters);
  const labelOf = useMemo(() => (i: ComparisonItem) => (i.group === null ? itemTitleText(t, i) : `${itemTitleText(t, i)} · ${i.group}`), [t]);
  const items = useMemo(() => filterItems(c.items, filters, labelOf), [c, filters, labelOf]);
  const text = useMemo(() => chartText(t), [t]);
  const base = `${c.before.label} – ${c.after.label}`;

  const charts = useMemo(() => {
    const means = biggest(meanChartItems(items));
    const changes = biggest(changeChartItems(items)).sort((a, b) => b.delta! - a.delta!);
    const nps = npsChartItems(items).slice(0, MAX_ROWS);
    return [
      means.length > 0
        ? { key: 'means', title: t('compare.charts.means'), help: t('compare.charts.meansHelp', { count: means.length }), option: beforeAfterOption(means, text, labelOf), height: beforeAfterHeight(means.length) }
        : null,
      changes.length > 0
        ? { key: 'changes', title: t('compare.charts.changes'), help: t('compare.charts.changesHelp'), option: changeOption(changes, text, labelOf), height: changeHeight(changes.length) }
        : null,
      nps.length > 0 ? { key: 'nps', title: t('compare.charts.nps'), help: t('compare.charts.npsHelp'), option: npsOption(nps, text, labelOf), height: npsHeight(nps.length) } : null,
    ].filter((x) => x !== null);
  }, [items, text, labelOf, t]);

  return (
    <div className="ja-cmp-charts">
      <ItemFilters comparison={c} shown={items.length} />
      {charts.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compare.charts.nothing')} /> : null}
      {charts.map((ch) => (
        <EChart key={ch.key} title={ch.title} help={ch.help} option={ch.option} height={ch.height} fileName={`${base} ${ch.title}`} />
      ))}
    </div>
  );
}
