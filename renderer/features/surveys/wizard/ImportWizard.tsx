import { Button, Modal, Space, Steps, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, Survey } from '../../../../shared/domain/survey/types';
import { navigate } from '../../../app/router';
import { surveyHref } from '../routes';
import { AnswersStep } from './AnswersStep';
import { CheckStep } from './CheckStep';
import { ColumnsStep, columnsProblem } from './ColumnsStep';
import { FileStep } from './FileStep';
import { RunStep } from './RunStep';
import { useImportWizard } from './store';

interface Props {
  survey: Survey;
  round: Round;
  onClose: () => void;
}

const STEP_KEYS = ['file', 'columns', 'answers', 'check', 'import'] as const;

/** "Import responses": file → columns → answers → check → import, all-or-nothing. */
export function ImportWizard({ survey, round, onClose }: Props) {
  const { t } = useTranslation();
  const s = useImportWizard();
  const { step, preview, columns, check, busy, job, onDuplicate } = s;

  useEffect(() => {
    useImportWizard.getState().open({ surveyId: survey.id, roundId: round.id, questions: survey.questions });
    return () => useImportWizard.getState().close();
  }, [survey.id, round.id, survey.questions]);

  const running = step === 4 && (busy === 'starting' || job?.state === 'running');
  const close = () => {
    if (running) return;
    onClose();
  };

  const colProblem = step === 1 ? columnsProblem(t, preview, columns) : null;
  const canImport = check !== null && (check.duplicate === null || onDuplicate !== null) && busy === null;

  let footer;
  if (step === 4) {
    footer = running ? (
      <Button danger onClick={() => void s.cancel()} loading={s.cancelling}>
        {t('surveys.wizard.cancel')}
      </Button>
    ) : (
      <Space>
        {job?.state === 'done' ? (
          <Button
            onClick={() => {
              onClose();
              navigate(surveyHref({ name: 'round', surveyId: survey.id, roundId: round.id }));
            }}
          >
            {t('surveys.wizard.run.viewSummary')}
          </Button>
        ) : null}
        <Button type="primary" onClick={onClose}>
          {t('surveys.wizard.close')}
        </Button>
      </Space>
    );
  } else {
    footer = (
      <div className="ja-wiz-footer">
        <Button onClick={onClose}>{t('surveys.wizard.cancel')}</Button>
        <span className="ja-grow" />
        {step > 0 ? (
          <Button onClick={() => s.go((step - 1) as 0 | 1 | 2)} disabled={busy !== null && busy !== 'checking'}>
            {t('surveys.wizard.back')}
          </Button>
        ) : null}
        {step < 3 ? (
          <Button
            type="primary"
            disabled={!preview || busy !== null || (step === 1 && colProblem !== null)}
            onClick={() => (step === 2 ? void s.runCheck() : s.go((step + 1) as 1 | 2))}
          >
            {t('surveys.wizard.next')}
          </Button>
        ) : (
          <Button type="primary" disabled={!canImport} onClick={() => void s.start()}>
            {t('surveys.wizard.import')}
          </Button>
        )}
      </div>
    );
  }

  return (
    <Modal
      open
      title={t('surveys.wizard.title')}
      width={1120}
      onCancel={close}
      closable={step !== 4}
      keyboard={!running}
      mask={{ closable: false }}
      footer={footer}
      destroyOnHidden
      className="ja-wizard"
    >
      <Typography.Paragraph type="secondary" className="ja-wiz-into">
        {t('surveys.wizard.into', { round: round.label, survey: survey.name })}
      </Typography.Paragraph>
      <Steps size="small" current={step} className="ja-wiz-steps" items={STEP_KEYS.map((k) => ({ title: t(`surveys.wizard.steps.${k}`) }))} />
      <div className="ja-wiz-body">
        {step === 0 ? <FileStep /> : null}
        {step === 1 ? <ColumnsStep /> : null}
        {step === 2 ? <AnswersStep /> : null}
        {step === 3 ? <CheckStep /> : null}
        {step === 4 ? <RunStep /> : null}
      </div>
    </Modal>
  );
}
