import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, ComparisonItem } from '../../../shared/ops/compare';
import { itemColumns } from './columns';
import { filterItems } from './filterItems';
import { ItemFilters } from './ItemFilters';
import { itemTitleText } from './labels';
import { useCompare } from './store';

const rowKey = (i: ComparisonItem) => `${i.key}\u0000${i.group ?? ''}`;

/** The compared items with their filters; paginated, so hundreds of rows stay quick. */
export function ItemsTable({ comparison: c }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const filters = useCompare((s) => s.filters);
  const rows = useMemo(() => filterItems(c.items, filters, (i) => itemTitleText(t, i)), [c, filters, t]);
  const columns = useMemo(() => itemColumns(t, c, locale), [t, c, locale]);
  return (
    <>
      <ItemFilters comparison={c} shown={rows.length} />
      <Table<ComparisonItem>
        className="ja-cmp-table"
        aria-label={t('compare.table.label')}
        rowKey={rowKey}
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={rows}
        rowClassName={(i) => `ja-cmp-row-${i.hidden ? 'hidden' : i.verdict}`}
        locale={{ emptyText: t('compare.table.empty') }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [25, 50, 100, 200], hideOnSinglePage: true }}
        scroll={{ x: 1040 }}
      />
    </>
  );
}
