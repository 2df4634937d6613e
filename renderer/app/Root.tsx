import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkspaceDialogs } from '../features/workspace';
import { ErrorBoundary } from './ErrorBoundary';
import { FeedbackBridge } from './FeedbackBridge';
import { installFontFaces, themeFor } from './theme';
import { WorkspaceGate } from './WorkspaceGate';

installFontFaces();

/** Providers (UI-kit locale and theme, message context), the error boundary, then the app. */
export function Root() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'zh-CN' ? zhCN : enUS;
  const theme = useMemo(() => themeFor(i18n.language), [i18n.language]);
  return (
    <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp notification={{ placement: 'bottomLeft' }}>
        <FeedbackBridge />
        <ErrorBoundary>
          <WorkspaceGate />
          <WorkspaceDialogs />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
