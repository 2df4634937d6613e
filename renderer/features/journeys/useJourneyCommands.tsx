import { UndoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../shared/domain/journey';
import { useJourneys } from './store';

const UNDO_SECONDS = 8;
const MAX_NAME = 200;

/** Delete (with an Undo offer) and duplicate, with their feedback. */
export function useJourneyCommands() {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const remove = useJourneys((s) => s.remove);
  const restore = useJourneys((s) => s.restore);
  const duplicate = useJourneys((s) => s.duplicate);

  const deleteWithUndo = useCallback(
    async (journey: JourneySummary): Promise<boolean> => {
      if (!(await remove(journey.id))) return false;
      const key = `deleted-${journey.id}`;
      const undo = async () => {
        notification.destroy(key);
        const back = await restore(journey.id);
        if (back) void message.success(t('journeys.restored', { name: back.name }));
      };
      notification.open({
        key,
        type: 'success',
        title: t('journeys.deleted', { name: journey.name }),
        duration: UNDO_SECONDS,
        showProgress: true,
        pauseOnHover: true,
        placement: 'bottomLeft',
        actions: (
          <Button type="primary" size="small" icon={<UndoOutlined aria-hidden />} onClick={() => void undo()}>
            {t('journeys.undo')}
          </Button>
        ),
      });
      return true;
    },
    [remove, restore, notification, message, t],
  );

  const duplicateNamed = useCallback(
    async (journey: JourneySummary): Promise<JourneySummary | null> => {
      const name = t('journeys.copyName', { name: journey.name }).slice(0, MAX_NAME);
      const copy = await duplicate(journey.id, name);
      if (copy) void message.success(t('journeys.duplicated', { name: copy.name }));
      return copy;
    },
    [duplicate, message, t],
  );

  return { deleteWithUndo, duplicateNamed };
}
