import { Alert, Divider, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { errorText } from '../../i18n/errorText';
import { PathField } from './PathField';
import { RecentList } from './RecentList';
import { useWorkspace } from './store';
import { useWorkspaceSubmit } from './useWorkspaceSubmit';

export function OpenWorkspaceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ path: string }>();
  const current = useWorkspace((s) => s.status?.path ?? null);
  const { busy, error, run, adopt, reset } = useWorkspaceSubmit();

  const openPath = async (raw: string) => {
    const path = raw.trim();
    const status = await run(() => api['workspace.open']({ path }));
    if (adopt(status)) {
      showSuccess(t('workspace.opened', { path: status?.path ?? path }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('workspace.openTitle')}
      okText={t('common.open')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form form={form} name="open-workspace" layout="vertical" onFinish={(v) => openPath(v.path)} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('workspace.openHint')}</Typography.Paragraph>
      <PathField autoFocus />
      {error ? <Alert type="error" showIcon title={errorText(t, error)} /> : null}
      <Divider className="ja-divider" />
      <RecentList exclude={current} disabled={busy} onPick={(p) => void openPath(p)} />
    </Modal>
  );
}
