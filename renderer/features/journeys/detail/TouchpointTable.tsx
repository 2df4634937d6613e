import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { experienceScore } from '../../../../shared/domain/formulas';
import type { Journey } from '../../../../shared/domain/journey';
import { formatDecimal } from '../../../lib/format';
import { RatingBadge } from './RatingBadge';
import { FACTORS, touchpointRows, type TouchpointRow } from './rows';

/** Read-only list of a journey's touchpoints, grouped by stage and lane. */
export function TouchpointTable({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const rows = touchpointRows(journey);

  const columns: ColumnsType<TouchpointRow> = [
    {
      key: 'stage',
      title: t('detail.table.stage'),
      width: 120,
      onCell: (r) => ({ rowSpan: r.stageSpan, className: 'ja-group-cell' }),
      render: (_, r) => <span className="ja-wrap ja-stage-name">{r.stage?.name ?? '—'}</span>,
    },
    {
      key: 'lane',
      title: t('detail.table.lane'),
      width: 140,
      onCell: (r) => ({ rowSpan: r.laneSpan, className: 'ja-group-cell' }),
      render: (_, r) => <span className="ja-wrap">{r.lane?.name ?? '—'}</span>,
    },
    {
      key: 'touchpoint',
      title: t('detail.table.touchpoint'),
      render: (_, r) => (
        <div className="ja-touchpoint">
          <span className="ja-wrap ja-touchpoint-title">{r.touchpoint.title}</span>
          <Tag className="ja-channel">{t(`channels.${r.touchpoint.channel}`)}</Tag>
          {r.touchpoint.description ? (
            <Typography.Paragraph type="secondary" className="ja-touchpoint-desc">
              {r.touchpoint.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    ...FACTORS.map((factor) => ({
      key: factor,
      title: t(`detail.factors.${factor}`),
      width: 116,
      align: 'center' as const,
      render: (_: unknown, r: TouchpointRow) => <RatingBadge value={r.touchpoint[factor]} factor={factor} />,
    })),
    {
      key: 'transfers',
      title: t('detail.table.transfers'),
      width: 96,
      align: 'right',
      render: (_, r) => <span className={r.touchpoint.transfers >= 2 ? 'ja-transfers-high' : undefined}>{r.touchpoint.transfers}</span>,
    },
    {
      key: 'score',
      title: t('detail.table.score'),
      width: 80,
      align: 'right',
      render: (_, r) => <strong className="ja-score">{formatDecimal(experienceScore(r.touchpoint), i18n.language)}</strong>,
    },
  ];

  return (
    <Table<TouchpointRow>
      rowKey={(r) => r.touchpoint.id}
      onRow={(r) => ({ 'data-id': r.touchpoint.id }) as HTMLAttributes<HTMLTableRowElement>}
      size="middle"
      tableLayout="fixed"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('detail.table.empty') }}
    />
  );
}
