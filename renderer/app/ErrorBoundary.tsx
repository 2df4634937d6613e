import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';
import { ResultTitle } from '../ui/ResultTitle';

interface State {
  error: Error | null;
}

/** Last line of defence: an unexpected render error shows a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unexpected error in the window', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="ja-fullpage">
        <Result
          status="error"
          title={<ResultTitle>{i18n.t('crash.title')}</ResultTitle>}
          subTitle={<span role="alert">{error.message || error.name}</span>}
          extra={
            <Button type="primary" icon={<ReloadOutlined aria-hidden />} onClick={() => window.location.reload()}>
              {i18n.t('common.reload')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{i18n.t('crash.help')}</Typography.Paragraph>
        </Result>
      </div>
    );
  }
}
