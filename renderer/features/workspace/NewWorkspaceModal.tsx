import { Alert, Checkbox, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { currentLanguage } from '../../i18n';
import { errorText } from '../../i18n/errorText';
import { PathField } from './PathField';
import { useWorkspaceSubmit } from './useWorkspaceSubmit';

interface Values {
  path: string;
  sample: boolean;
}

export function NewWorkspaceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, run, adopt, reset } = useWorkspaceSubmit();

  const submit = async (values: Values) => {
    const path = values.path.trim();
    const status = await run(() => api['workspace.create']({ path, sample: values.sample, lang: currentLanguage() }));
    if (adopt(status)) {
      showSuccess(t('workspace.created', { path: status?.path ?? path }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('workspace.newTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form form={form} name="new-workspace" layout="vertical" initialValues={{ sample: false }} onFinish={submit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('workspace.newHint')}</Typography.Paragraph>
      <PathField suggest={() => t('workspace.newTitle')} autoFocus />
      <Form.Item name="sample" valuePropName="checked" extra={t('workspace.sampleHint')}>
        <Checkbox>{t('workspace.sample')}</Checkbox>
      </Form.Item>
      {error ? <Alert type="error" showIcon title={errorText(t, error)} /> : null}
    </Modal>
  );
}
