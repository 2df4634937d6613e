import { Table, type TableProps } from 'antd';
import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainRules } from '../../../shared/domain/map/painpoints';
import type { PainPoint } from '../../../shared/ops/painpoints';
import { painColumns, tableWidth } from './columns';
import { measureRendered } from './perf';
import { DEFAULT_SORT, usePainPoints, type Filters, type SortKey } from './store';

interface Props {
  rows: readonly PainPoint[];
  loading: boolean;
  /** Rank of every point in the whole list (1 = most severe). */
  rank: ReadonlyMap<string, number>;
  maxSeverity: number;
  rules: PainRules;
  filters: Filters;
  emptyText: string;
}

const SORTABLE: readonly string[] = ['severity', 'money', 'title'] satisfies SortKey[];

/** The ranked list: one page of rows at a time, so thousands of points stay quick. */
export function PainTable({ rows, loading, rank, maxSeverity, rules, filters, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const sort = usePainPoints((s) => s.sort);
  const setSort = usePainPoints((s) => s.setSort);
  const [page, setPage] = useState({ current: 1, pageSize: 25 });
  // A new filter or sort starts again at the first page.
  const [seen, setSeen] = useState({ filters, sort });
  if (seen.filters !== filters || seen.sort !== sort) {
    setSeen({ filters, sort });
    setPage((p) => ({ ...p, current: 1 }));
  }

  const columns = useMemo(() => painColumns({ t, locale: i18n.language, rules, rank, maxSeverity, sort }), [t, i18n.language, rules, rank, maxSeverity, sort]);
  const width = useMemo(() => tableWidth(columns), [columns]);

  useEffect(() => measureRendered(), [rows]);

  const onChange: TableProps<PainPoint>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = String(s?.columnKey ?? '');
      setSort(s?.order && SORTABLE.includes(key) ? { key: key as SortKey, order: s.order } : DEFAULT_SORT);
    } else {
      setPage({ current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 25 });
    }
  };

  return (
    <Table<PainPoint>
      rowKey="touchpointId"
      size="small"
      className="ja-pp-table"
      aria-label={t('painPoints.columns.label')}
      columns={columns}
      loading={loading}
      dataSource={rows as PainPoint[]}
      scroll={{ x: width }}
      onChange={onChange}
      showSorterTooltip={false}
      locale={{ emptyText }}
      onRow={(p) => ({ 'data-id': p.touchpointId }) as HTMLAttributes<HTMLElement>}
      pagination={{
        ...page,
        showSizeChanger: true,
        pageSizeOptions: [25, 50, 100, 200],
        hideOnSinglePage: false,
        showTotal: (total, [from, to]) => `${from}–${to} / ${total}`,
      }}
    />
  );
}
