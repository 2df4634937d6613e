import { BarChartOutlined, DeleteOutlined, EditOutlined, FormOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import type { Round, Survey } from '../../../../shared/domain/survey/types';
import { api } from '../../../api/client';
import { navigate } from '../../../app/router';
import { formatDateTime } from '../../../lib/format';
import { useSurveyDetail } from '../detail/store';
import { ManualEntry } from '../entry/ManualEntry';
import { attempt } from '../errors';
import { formatCount, formatDate, formatDays } from '../format';
import { KIND_COLORS } from '../KindTag';
import { surveyHref } from '../routes';
import { ImportWizard } from '../wizard/ImportWizard';
import { RoundForm } from './RoundForm';

type Dialog = { kind: 'form'; round: Round | null } | { kind: 'import'; round: Round } | { kind: 'entry'; round: Round } | null;

/** The survey's rounds, with New round, and per round: import, manual entry, summary, edit and delete. */
export function RoundsTab({ survey }: { survey: Survey }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { modal, message } = App.useApp();
  const dropRound = useSurveyDetail((s) => s.dropRound);
  const reload = useSurveyDetail((s) => s.reload);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The form stays mounted while it closes; remember what it showed.
  const [formRound, setFormRound] = useState<Round | null>(null);

  const openForm = (round: Round | null) => {
    setFormRound(round);
    setDialog({ kind: 'form', round });
  };

  const confirmDelete = (round: Round) => {
    void modal.confirm({
      title: t('surveys.rounds.deleteTitle', { name: round.label }),
      content: t('surveys.rounds.deleteBody', { count: round.responses }),
      okText: t('surveys.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await attempt(() => api['rounds.delete']({ id: round.id, baseVersion: round.version }), () => useSurveyDetail.getState().reload())) {
          dropRound(round.id);
          void message.success(t('surveys.rounds.deleted', { name: round.label }));
        }
      },
    });
  };

  const columns: ColumnsType<Round> = [
    {
      key: 'label',
      title: t('surveys.rounds.label'),
      render: (_, r) => (
        <div className="ja-journey-name">
          <a href={surveyHref({ name: 'round', surveyId: survey.id, roundId: r.id })} className="ja-wrap">
            {r.label}
          </a>
          {r.notes ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: r.notes }} className="ja-journey-desc">
              {r.notes}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { key: 'phase', title: t('surveys.rounds.phase'), width: 88, render: (_, r) => <Tag color={KIND_COLORS[r.phase]}>{t(`surveys.kinds.${r.phase}`)}</Tag> },
    {
      key: 'dates',
      title: t('surveys.rounds.fieldDates'),
      width: lang === 'zh-CN' ? 240 : 196,
      render: (_, r) => formatDays(r.fieldStart, r.fieldEnd, lang) ?? <Typography.Text type="secondary">{t('surveys.rounds.noDates')}</Typography.Text>,
    },
    { key: 'responses', title: t('surveys.rounds.responses'), width: 96, align: 'right', render: (_, r) => formatCount(r.responses, lang) },
    {
      key: 'created',
      title: t('surveys.rounds.created'),
      width: lang === 'zh-CN' ? 130 : 116,
      render: (_, r) => (
        <Tooltip title={formatDateTime(r.createdAt, lang)}>
          <time dateTime={r.createdAt}>{formatDate(r.createdAt, lang)}</time>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: <span className="ja-visually-hidden">{t('surveys.rounds.actions')}</span>,
      width: lang === 'zh-CN' ? 400 : 486,
      align: 'right',
      render: (_, r) => (
        <Space size={4} wrap={false}>
          <Button size="small" icon={<UploadOutlined aria-hidden />} aria-label={t('surveys.rounds.importNamed', { name: r.label })} onClick={() => setDialog({ kind: 'import', round: r })}>
            {t('surveys.rounds.import')}
          </Button>
          <Button size="small" icon={<FormOutlined aria-hidden />} aria-label={t('surveys.rounds.enterNamed', { name: r.label })} onClick={() => setDialog({ kind: 'entry', round: r })}>
            {t('surveys.rounds.enter')}
          </Button>
          <Button size="small" icon={<BarChartOutlined aria-hidden />} onClick={() => navigate(surveyHref({ name: 'round', surveyId: survey.id, roundId: r.id }))} aria-label={t('surveys.rounds.summaryNamed', { name: r.label })}>
            {t('surveys.rounds.summary')}
          </Button>
          <Tooltip title={t('surveys.rounds.edit')}>
            <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('surveys.rounds.editNamed', { name: r.label })} onClick={() => openForm(r)} />
          </Tooltip>
          <Tooltip title={t('surveys.rounds.delete')}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.rounds.deleteNamed', { name: r.label })} onClick={() => confirmDelete(r)} />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const rounds = [...survey.rounds].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const newButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => openForm(null)}>
      {t('surveys.rounds.new')}
    </Button>
  );

  return (
    <>
      {rounds.length === 0 ? (
        <EmptyState title={t('surveys.rounds.empty')} body={t('surveys.rounds.emptyHelp')}>
          {newButton}
        </EmptyState>
      ) : (
        <>
          <Flex justify="flex-end" className="ja-tab-toolbar">
            {newButton}
          </Flex>
          <Table<Round> rowKey="id" size="middle" tableLayout="fixed" columns={columns} dataSource={rounds} pagination={false} scroll={{ x: 1120 }} />
        </>
      )}
      <RoundForm
        open={dialog?.kind === 'form'}
        surveyId={survey.id}
        defaultPhase={survey.kind}
        round={formRound}
        onClose={() => setDialog(null)}
      />
      {dialog?.kind === 'import' ? (
        <ImportWizard
          survey={survey}
          round={dialog.round}
          onClose={() => {
            setDialog(null);
            void reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'entry' ? (
        <ManualEntry
          survey={survey}
          round={dialog.round}
          onClose={(saved) => {
            setDialog(null);
            if (saved) void reload();
          }}
        />
      ) : null}
    </>
  );
}
