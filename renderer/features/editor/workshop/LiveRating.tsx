/**
 * The editor's live rating: the start dialog, the projector view, a button back to it while
 * the map is shown, and — when a journey is reopened — the offer to resume or end a session.
 */
import { App, Button } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { Projector } from './Projector';
import { StartDialog } from './StartDialog';
import { detach, endSession, resumeSession, showProjector, useWorkshop } from './store';

export function LiveRating({ journeyId }: { journeyId: string }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const session = useWorkshop((s) => s.session);
  const shown = useWorkshop((s) => s.shown);

  useEffect(() => {
    let live = true;
    void api['workshop.current']({ journeyId }).then((running) => {
      if (!live || !running || useWorkshop.getState().session?.id === running.id) return;
      modal.confirm({
        title: t('workshop.resumeTitle'),
        content: t('workshop.resumeBody', { date: new Date(running.createdAt).toLocaleString(i18n.language), count: running.joined }),
        okText: t('workshop.resume'),
        cancelText: t('workshop.end'),
        onOk: () => resumeSession(running.id).catch((e: unknown) => message.error(errorText(t, e))),
        onCancel: () => endSession(running.id).catch((e: unknown) => message.error(errorText(t, e))),
      });
    });
    return () => {
      live = false;
    };
  }, [journeyId, modal, message, t, i18n.language]);

  // Leaving the journey leaves its session running in the backend, to be resumed later.
  useEffect(() => () => detach(), [journeyId]);

  return (
    <>
      <StartDialog journeyId={journeyId} />
      <Projector />
      {session && !shown ? (
        <Button className="ja-ws-reopen" type="primary" icon={<TeamOutlined aria-hidden />} onClick={() => showProjector(true)}>
          {t('workshop.show', { count: session.joined })}
        </Button>
      ) : null}
    </>
  );
}
