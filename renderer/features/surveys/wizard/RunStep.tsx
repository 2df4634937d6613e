import { Progress, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { surveyErrorText } from '../errors';
import { formatCount } from '../format';
import { useImportWizard } from './store';

/** Step 5: the running import with its progress, then what happened. */
export function RunStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { job, busy, error, cancelling, ranAs, check } = useImportWizard();

  if (busy === 'starting') {
    return (
      <div className="ja-wiz-busy ja-wiz-busy-big" role="status">
        <Spin />
      </div>
    );
  }
  if (!job || job.state === 'failed') {
    const failure = job?.error ?? error;
    return <Result status="error" title={t('surveys.wizard.run.failedTitle')} subTitle={failure ? surveyErrorText(t, failure) : null} />;
  }
  if (job.state === 'running') {
    // Until the worker reports, the check's answer count is the total to expect.
    const total = job.total > 0 ? job.total : (check?.answers ?? 0);
    const percent = total > 0 ? Math.min(100, Math.floor((job.done / total) * 100)) : 0;
    return (
      <div className="ja-wiz-run" role="status">
        <Progress percent={percent} status="active" aria-label={t('surveys.wizard.run.progress')} />
        <Typography.Paragraph className="ja-wiz-caption">
          {cancelling ? t('surveys.wizard.run.cancelling') : t('surveys.wizard.run.running', { done: formatCount(job.done, lang), total: formatCount(total, lang) })}
        </Typography.Paragraph>
      </div>
    );
  }
  if (job.state === 'cancelled') return <Result status="info" title={t('surveys.wizard.run.cancelledTitle')} />;

  const r = job.result;
  const skipped = r !== null && ((r as { skipped?: boolean }).skipped === true || (ranAs === 'skip' && r.responses === 0));
  return (
    <Result
      status="success"
      title={t('surveys.wizard.run.doneTitle')}
      subTitle={
        skipped ? (
          t('surveys.wizard.run.skipped')
        ) : (
          <>
            {t('surveys.wizard.run.doneBody', { responses: formatCount(r?.responses ?? 0, lang), answers: formatCount(r?.answers ?? 0, lang), questions: formatCount(r?.questions ?? 0, lang) })}
            {r?.replaced ? <div>{t('surveys.wizard.run.replaced')}</div> : null}
          </>
        )
      }
    />
  );
}
