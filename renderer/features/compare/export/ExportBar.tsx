import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileTextOutlined, Html5Outlined } from '@ant-design/icons';
import { Button, Modal, Progress, Space, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRequest } from '../../../../shared/ops/compare';
import type { ReportFormat, ReportJob } from '../../../../shared/ops/reports';
import { isAppErrorData } from '../../../../shared/errors';
import { feedback, showSuccess } from '../../../ui/feedback';
import { errorText } from '../../../i18n/errorText';
import { currentLanguage } from '../../../i18n';
import { runReport, type ReportRun } from './runReport';

const FORMATS: { format: ReportFormat; icon: ReactNode }[] = [
  { format: 'pdf', icon: <FilePdfOutlined aria-hidden /> },
  { format: 'xlsx', icon: <FileExcelOutlined aria-hidden /> },
  { format: 'csv', icon: <FileTextOutlined aria-hidden /> },
  { format: 'html', icon: <Html5Outlined aria-hidden /> },
];
const STEPS = ['compare', 'charts', 'map', 'render', 'write'] as const;

/** PDF, XLSX, CSV and HTML report buttons; a running export shows its progress and can be cancelled. */
export function ExportBar({ request, journeyId }: { request: CompareRequest; journeyId: string | null }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<{ format: ReportFormat; state: ReportJob | null } | null>(null);
  const run = useRef<ReportRun | null>(null);

  const start = (format: ReportFormat) => {
    setJob({ format, state: null });
    const r = runReport({ compare: request, format, lang: currentLanguage(), journeyId }, (state) => setJob({ format, state }));
    run.current = r;
    r.done.then(
      (file) => {
        if (file) showSuccess(t('compare.export.done', { file }));
        else void feedback.message?.info(t('compare.export.cancelled'));
      },
      (error: unknown) => {
        const text = errorText(t, isAppErrorData(error) || error instanceof Error ? error : { code: 'internal', message: String(error) });
        void feedback.message?.error(`${t('compare.export.failed')}: ${text}`, 8);
      },
    ).finally(() => {
      if (run.current === r) {
        run.current = null;
        setJob(null);
      }
    });
  };

  const s = job?.state;
  const percent = s && s.total > 0 ? Math.round((s.done / s.total) * 100) : 0;
  const step = s && (STEPS as readonly string[]).includes(s.step) ? t(`compare.export.steps.${s.step as (typeof STEPS)[number]}`) : (s?.step ?? '');
  return (
    <>
      <Space wrap role="group" aria-label={t('compare.export.label')} className="ja-cmp-export">
        <Typography.Text type="secondary">
          <DownloadOutlined aria-hidden /> {t('compare.export.label')}
        </Typography.Text>
        {FORMATS.map(({ format, icon }) => (
          <Button key={format} icon={icon} disabled={job !== null} loading={job?.format === format} onClick={() => start(format)}>
            {t(`compare.export.${format}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={job !== null}
        title={t('compare.export.title')}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button onClick={() => run.current?.cancel()} aria-label={t('common.cancel')}>
            {t('common.cancel')}
          </Button>
        }
      >
        <Progress percent={percent} status="active" aria-label={t('compare.export.progress')} />
        <Typography.Text type="secondary" aria-live="polite">
          {s?.fileName ? `${s.fileName} · ` : ''}
          {step}
        </Typography.Text>
      </Modal>
    </>
  );
}
