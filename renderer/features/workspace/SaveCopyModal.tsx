import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, workspaceDownloadUrl } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { errorText } from '../../i18n/errorText';
import { formatBytes } from '../../lib/format';
import { PathField } from './PathField';
import { useWorkspaceSubmit } from './useWorkspaceSubmit';

export function SaveCopyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ path: string }>();
  const { busy, error, run, reset } = useWorkspaceSubmit();

  const write = async ({ path }: { path: string }) => {
    const result = await run(() => api['workspace.saveCopy']({ path: path.trim() }));
    if (result) {
      showSuccess(t('workspace.copied', { path: result.path, size: formatBytes(result.bytes, i18n.language) }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('workspace.saveTitle')}
      footer={null}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('workspace.saveHint')}</Typography.Paragraph>
      <Flex vertical gap={12}>
        <Card size="small" title={t('workspace.download')}>
          <Typography.Paragraph type="secondary">{t('workspace.downloadHint')}</Typography.Paragraph>
          <Button type="primary" icon={<DownloadOutlined aria-hidden />} href={workspaceDownloadUrl()} download onClick={onClose}>
            {t('workspace.download')}
          </Button>
        </Card>
        <Card size="small" title={t('workspace.writeTo')}>
          <Typography.Paragraph type="secondary">{t('workspace.writeToHint')}</Typography.Paragraph>
          <Form form={form} name="save-copy" layout="vertical" onFinish={write} clearOnDestroy>
            <PathField suggest={(stem) => t('journeys.copyName', { name: stem })} />
            {error ? <Alert type="error" showIcon title={errorText(t, error)} className="ja-form-alert" /> : null}
            <Button htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={busy}>
              {t('workspace.saveCopyButton')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </Modal>
  );
}
