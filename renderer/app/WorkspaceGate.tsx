import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasWorkspace, subscribeToWorkspaceChanges, useWorkspace, WorkspaceErrorScreen } from '../features/workspace';
import { errorText } from '../i18n/errorText';
import { AppShell } from './AppShell';
import { BareFrame } from './BareFrame';
import { ResultTitle } from '../ui/ResultTitle';

/** Loads the workspace status, then shows the app, or a clear explanation when it cannot. */
export function WorkspaceGate() {
  const { t } = useTranslation();
  const status = useWorkspace((s) => s.status);
  const loadError = useWorkspace((s) => s.loadError);
  const refresh = useWorkspace((s) => s.refresh);

  useEffect(() => {
    void refresh();
    return subscribeToWorkspaceChanges();
  }, [refresh]);

  if (hasWorkspace(status)) return <AppShell />;
  if (status) {
    return (
      <BareFrame>
        <WorkspaceErrorScreen status={status} />
      </BareFrame>
    );
  }
  if (loadError) {
    return (
      <BareFrame>
        <Result
          status="error"
          title={<ResultTitle>{t('app.unreachable')}</ResultTitle>}
          subTitle={<span role="alert">{errorText(t, loadError)}</span>}
          extra={
            <Button type="primary" icon={<ReloadOutlined aria-hidden />} onClick={() => void refresh()}>
              {t('common.retry')}
            </Button>
          }
        />
      </BareFrame>
    );
  }
  return (
    <div className="ja-fullpage" aria-busy="true">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
