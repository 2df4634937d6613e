import { DownOutlined, FileAddOutlined, FolderOpenOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { newWorkspace, openWorkspace, saveWorkspaceCopy } from './actions';
import { hasWorkspace, useWorkspace } from './store';

/** The "Workspace" drop-down: New…, Open…, Save a copy…, Backups…. */
export function WorkspaceMenu() {
  const { t } = useTranslation();
  const open = useWorkspace((s) => hasWorkspace(s.status));

  const items: MenuProps['items'] = [
    { key: 'new', label: t('workspace.new'), icon: <FileAddOutlined aria-hidden /> },
    { key: 'open', label: t('workspace.open'), icon: <FolderOpenOutlined aria-hidden /> },
    { type: 'divider' },
    { key: 'save', label: t('workspace.saveCopy'), icon: <SaveOutlined aria-hidden />, disabled: !open },
    { key: 'backups', label: t('workspace.backups'), icon: <HistoryOutlined aria-hidden />, disabled: !open },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'new') void newWorkspace();
    else if (key === 'open') void openWorkspace();
    else if (key === 'save') void saveWorkspaceCopy();
    else if (key === 'backups') useWorkspace.getState().openDialog('backups');
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button icon={<DownOutlined aria-hidden />} iconPlacement="end">
        {t('workspace.menu')}
      </Button>
    </Dropdown>
  );
}
