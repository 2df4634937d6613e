/** The room's results per touchpoint: median, mean, spread and the discuss flag, per measure. */
import { Button, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkshopResults } from '../../../../shared/ops/workshop';

const fmt = (x: number | null, lang: string) => (x === null ? '—' : x.toLocaleString(lang, { maximumFractionDigits: 1 }));

export function ResultsTable({ results, onApply }: { results: WorkshopResults; onApply: (touchpointId: string) => void }) {
  const { t, i18n } = useTranslation();
  const measures = results.items[0]?.measures.map((m) => m.measure) ?? [];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="touchpointId"
      dataSource={results.items}
      scroll={{ y: 420 }}
      columns={[
        { title: t('workshop.touchpoints'), dataIndex: 'title', width: 200 },
        ...measures.map((m, i) => ({
          title: t(`workshop.measure.${m}`),
          key: m,
          render: (_: unknown, item: WorkshopResults['items'][number]) => {
            const r = item.measures[i]!;
            if (r.n === 0) return '—';
            return (
              <span className="ja-ws-cell">
                <b>{fmt(r.median, i18n.language)}</b>
                <span className="ja-ws-sub">
                  {t('workshop.mean')} {fmt(r.mean, i18n.language)} · {t('workshop.spread')} {fmt(r.iqr, i18n.language)} · {t('workshop.n')} {r.n}
                </span>
                {r.discuss ? (
                  <Tooltip title={t('workshop.discussHelp')}>
                    <Tag color="orange">{t('workshop.discuss')}</Tag>
                  </Tooltip>
                ) : null}
              </span>
            );
          },
        })),
        { title: '', key: 'apply', width: 90, render: (_: unknown, item: WorkshopResults['items'][number]) => <Button size="small" onClick={() => onApply(item.touchpointId)}>{t('workshop.applyOne')}</Button> },
      ]}
    />
  );
}
