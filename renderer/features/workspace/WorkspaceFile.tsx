import { DatabaseOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileName } from '../../lib/format';
import { useWorkspace } from './store';

/** The open workspace's file name; the full path in a tooltip. */
export function WorkspaceFile() {
  const { t } = useTranslation();
  const path = useWorkspace((s) => s.status?.path ?? null);
  if (!path) return <Typography.Text type="secondary">{t('workspace.none')}</Typography.Text>;
  return (
    <Tooltip title={path} placement="bottomLeft">
      <span className="ja-workspace-file" tabIndex={0} aria-label={`${t('workspace.current')}: ${path}`}>
        <DatabaseOutlined aria-hidden />
        <Typography.Text ellipsis className="ja-workspace-name">
          {fileName(path)}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}
