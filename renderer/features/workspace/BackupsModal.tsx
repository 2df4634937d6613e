import { CloudUploadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ops/backups';
import { api } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { errorText } from '../../i18n/errorText';
import { formatBytes } from '../../lib/format';
import { useWorkspace } from './store';
import { useWorkspaceSubmit } from './useWorkspaceSubmit';

/** The open workspace's automatic backups: take one now, or restore one as a new file. */
export function BackupsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<{ dir: string; backups: BackupInfo[] } | null>(null);
  const { busy, error, run, reset } = useWorkspaceSubmit();

  const load = useCallback(async () => {
    const r = await run(() => api['backups.list']({}));
    if (r) setList(r);
  }, [run]);

  const backUpNow = async () => {
    if (await run(() => api['backups.create']({}))) await load();
  };

  const restore = async (b: BackupInfo) => {
    const r = await run(() => api['backups.restore']({ name: b.name }));
    if (r) {
      showSuccess(t('workspace.restored', { path: r.path }));
      onClose();
      await useWorkspace.getState().refresh();
    }
  };

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <Modal open={open} title={t('workspace.backupsTitle')} footer={null} onCancel={onClose} afterClose={reset} afterOpenChange={(shown) => shown && void load()} destroyOnHidden width={720}>
      <Typography.Paragraph type="secondary">{t('workspace.backupsHint')}</Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" ellipsis>
          {list ? t('workspace.backupsFolder', { dir: list.dir }) : null}
        </Typography.Text>
        <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => void backUpNow()} loading={busy}>
          {t('workspace.backupNow')}
        </Button>
      </Flex>
      {error ? <Alert type="error" showIcon title={errorText(t, error)} className="ja-form-alert" /> : null}
      <Table<BackupInfo>
        size="small"
        rowKey="name"
        dataSource={list?.backups ?? []}
        pagination={false}
        locale={{ emptyText: t('workspace.backupsEmpty') }}
        columns={[
          { title: t('workspace.backupTaken'), dataIndex: 'createdAt', render: (v: string) => when(v) },
          { title: t('workspace.backupSize'), dataIndex: 'bytes', align: 'right', render: (v: number) => formatBytes(v, i18n.language) },
          {
            title: t('workspace.backupAction'),
            key: 'restore',
            render: (_, b) => (
              <Button size="small" icon={<HistoryOutlined aria-hidden />} aria-label={t('workspace.restoreOne', { when: when(b.createdAt) })} onClick={() => void restore(b)} disabled={busy}>
                {t('workspace.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}
