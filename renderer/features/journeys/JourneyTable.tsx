import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../shared/domain/journey';
import { hrefOf } from '../../app/router';
import { formatDateTime, formatRelative } from '../../lib/format';
import { SCENE_COLORS, TIER_COLORS } from './options';
import { RowActions } from './RowActions';

interface Props {
  journeys: JourneySummary[];
  loading: boolean;
  onEdit: (journey: JourneySummary) => void;
}

export function JourneyTable({ journeys, loading, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const columns: ColumnsType<JourneySummary> = [
    {
      key: 'name',
      title: t('journeys.columns.name'),
      render: (_, j) => (
        <div className="ja-journey-name">
          <a href={hrefOf({ name: 'journey', id: j.id })} className="ja-wrap">
            {j.name}
          </a>
          {j.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: j.description }} className="ja-journey-desc">
              {j.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      key: 'scene',
      title: t('journeys.columns.scene'),
      width: 120,
      render: (_, j) => <Tag color={SCENE_COLORS[j.scene]}>{t(`scenes.${j.scene}`)}</Tag>,
    },
    {
      key: 'persona',
      title: t('journeys.columns.persona'),
      width: 220,
      render: (_, j) => (
        <span className="ja-persona">
          {j.persona ? <span className="ja-wrap">{j.persona}</span> : null}
          {j.customerTier ? <Tag color={TIER_COLORS[j.customerTier]}>{t(`tiers.${j.customerTier}`)}</Tag> : null}
          {!j.persona && !j.customerTier ? <Typography.Text type="secondary">—</Typography.Text> : null}
        </span>
      ),
    },
    { key: 'touchpoints', title: t('journeys.columns.touchpoints'), dataIndex: 'touchpointCount', align: 'right', width: 116 },
    { key: 'transfers', title: t('journeys.columns.transfers'), dataIndex: 'totalTransfers', align: 'right', width: 100 },
    {
      key: 'updated',
      title: t('journeys.columns.updated'),
      width: 140,
      render: (_, j) => (
        <Tooltip title={() => formatDateTime(j.updatedAt, lang)}>
          <time dateTime={j.updatedAt}>{formatRelative(j.updatedAt, lang, Date.now(), t('time.justNow'))}</time>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: <span className="ja-visually-hidden">{t('journeys.columns.actions')}</span>,
      width: 112,
      align: 'right',
      render: (_, j) => <RowActions journey={j} onEdit={onEdit} />,
    },
  ];

  return (
    <Table<JourneySummary>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      dataSource={journeys}
      loading={loading}
      pagination={journeys.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 960 }}
    />
  );
}
