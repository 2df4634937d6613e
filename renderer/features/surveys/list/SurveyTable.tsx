import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../../shared/domain/survey/types';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { KindTag } from '../KindTag';
import { surveyHref } from '../routes';
import { SurveyRowActions } from './SurveyRowActions';

interface Props {
  surveys: SurveySummary[];
  loading: boolean;
  onEdit: (survey: SurveySummary) => void;
}

export function SurveyTable({ surveys, loading, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const columns: ColumnsType<SurveySummary> = [
    {
      key: 'name',
      title: t('surveys.columns.name'),
      render: (_, s) => (
        <div className="ja-journey-name">
          <a href={surveyHref({ name: 'survey', id: s.id })} className="ja-wrap">
            {s.name}
          </a>
          {s.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: s.description }} className="ja-journey-desc">
              {s.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { key: 'kind', title: t('surveys.columns.kind'), width: 110, render: (_, s) => <KindTag kind={s.kind} /> },
    { key: 'questions', title: t('surveys.columns.questions'), dataIndex: 'questionCount', align: 'right', width: 100 },
    {
      key: 'rounds',
      title: t('surveys.columns.rounds'),
      align: 'right',
      width: 90,
      render: (_, s) =>
        s.rounds.length > 0 ? (
          <Tooltip title={s.rounds.map((r) => r.label).join(' · ')}>
            <span>{s.rounds.length}</span>
          </Tooltip>
        ) : (
          0
        ),
    },
    {
      key: 'updated',
      title: t('surveys.columns.updated'),
      width: 140,
      render: (_, s) => (
        <Tooltip title={formatDateTime(s.updatedAt, lang)}>
          <time dateTime={s.updatedAt}>{formatRelative(s.updatedAt, lang, Date.now(), t('time.justNow'))}</time>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: <span className="ja-visually-hidden">{t('surveys.columns.actions')}</span>,
      width: 90,
      align: 'right',
      render: (_, s) => <SurveyRowActions survey={s} onEdit={onEdit} />,
    },
  ];

  return (
    <Table<SurveySummary>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      dataSource={surveys}
      loading={loading}
      pagination={surveys.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 820 }}
    />
  );
}
