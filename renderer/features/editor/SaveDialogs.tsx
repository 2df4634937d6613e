import { ReloadOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { showError } from '../../ui/feedback';
import { useSave } from './store/saveStatus';

/**
 * When saving is refused because another window changed the journey, or the journey was
 * deleted, the user is told plainly and offered the one safe way on.
 */
export function SaveDialogs() {
  const { t } = useTranslation();
  const status = useSave((s) => s.status);
  const reload = useSave((s) => s.reload);
  const [busy, setBusy] = useState(false);

  const doReload = async () => {
    setBusy(true);
    try {
      await reload();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Modal
        open={status === 'conflict'}
        title={t('editor.conflict.title')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        footer={
          <Button type="primary" icon={<ReloadOutlined aria-hidden />} loading={busy} onClick={() => void doReload()}>
            {t('common.reload')}
          </Button>
        }
      >
        <p>{t('editor.conflict.body')}</p>
        <p>
          <strong>{t('editor.conflict.discard')}</strong>
        </p>
      </Modal>
      <Modal
        open={status === 'deleted'}
        title={t('editor.deleted.title')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => navigate('#/journeys')}>
            {t('detail.back')}
          </Button>
        }
      >
        <p>{t('editor.deleted.body')}</p>
      </Modal>
    </>
  );
}
