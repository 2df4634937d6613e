import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './store';

/** Above every page while the open workspace can only be read: say so before the first edit fails. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const path = useWorkspace((s) => (s.status?.readOnly ? s.status.path : null));
  if (!path) return null;
  return <Alert type="warning" showIcon banner title={t('workspace.readOnlyTitle')} description={t('workspace.readOnlyText', { path })} className="ja-readonly-banner" />;
}
