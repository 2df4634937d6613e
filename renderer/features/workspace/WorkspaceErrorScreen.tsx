import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../shared/ops/workspace';
import { AppError, isAppErrorData } from '../../../shared/errors';
import { errorText } from '../../i18n/errorText';
import { newWorkspace, openWorkspace } from './actions';
import { ResultTitle } from '../../ui/ResultTitle';

/** Shown instead of the app when no usable workspace is open: explains why and offers a way out. */
export function WorkspaceErrorScreen({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const error = status.error;
  const reason = error
    ? errorText(t, isAppErrorData(error) ? new AppError(error) : error)
    : t('workspace.errorNoFile');
  const path = typeof error?.params?.path === 'string' ? error.params.path : status.path;

  return (
    <Result
      status="error"
      title={<ResultTitle>{t('workspace.errorTitle')}</ResultTitle>}
      subTitle={<span role="alert">{reason}</span>}
      extra={[
        <Button key="open" type="primary" icon={<FolderOpenOutlined aria-hidden />} onClick={() => void openWorkspace()}>
          {t('workspace.openAnother')}
        </Button>,
        <Button key="new" icon={<FileAddOutlined aria-hidden />} onClick={() => void newWorkspace()}>
          {t('workspace.new')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary" className="ja-error-help">
        {t('workspace.errorHelp')}
      </Typography.Paragraph>
      {path ? (
        <Typography.Paragraph className="ja-error-path">
          <Typography.Text code copyable>
            {path}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
    </Result>
  );
}
