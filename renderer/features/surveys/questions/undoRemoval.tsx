/**
 * After a save removed questions that had answers: a notice saying so, with Undo, which puts
 * the questions and their answers back (`surveys.restoreQuestions`).
 */
import { Button } from 'antd';
import { api } from '../../../api/client';
import { feedback, showSuccess } from '../../../ui/feedback';
import i18n from '../../../i18n';
import { useSurveyDetail } from '../detail/store';
import { attempt } from '../errors';

let seq = 0;

export async function undoRemoval(surveyId: string, questionIds: string[]): Promise<boolean> {
  const detail = useSurveyDetail.getState();
  const base = detail.survey?.id === surveyId ? detail.survey : await attempt(() => api['surveys.get']({ id: surveyId }));
  if (!base) return false;
  const restored = await attempt(
    () => api['surveys.restoreQuestions']({ surveyId, baseVersion: base.version, questionIds }),
    () => useSurveyDetail.getState().reloadFresh(),
  );
  if (!restored) return false;
  useSurveyDetail.getState().adopt(restored);
  showSuccess(i18n.t('conflict.removed.restored', { count: questionIds.length }));
  return true;
}

export function offerUndo(surveyId: string, questionIds: string[]): void {
  const n = feedback.notification;
  if (!n) return;
  const key = `removed-${++seq}`;
  n.info({
    key,
    title: i18n.t('conflict.removed.title'),
    description: i18n.t('conflict.removed.body', { count: questionIds.length }),
    duration: 20,
    className: 'ja-undo-removal',
    actions: (
      <Button
        size="small"
        type="primary"
        onClick={() => {
          n.destroy(key);
          void undoRemoval(surveyId, questionIds);
        }}
      >
        {i18n.t('conflict.removed.undo')}
      </Button>
    ),
  });
}
