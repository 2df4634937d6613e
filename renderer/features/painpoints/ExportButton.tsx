import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showError, showSuccess } from '../../ui/feedback';
import { currentLanguage } from '../../i18n';
import { download } from '../../ui/download';

function blobOf(base64: string, mime: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** XLSX or CSV of the rows shown (with their actions), in the UI's language. */
export function ExportButton({ touchpointIds }: { touchpointIds: readonly string[] }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const file = await api['painPoints.export']({ format, lang: currentLanguage(), touchpointIds: [...touchpointIds] });
      download(blobOf(file.base64, file.mime), file.fileName);
      showSuccess(t('painPoints.export.done', { fileName: file.fileName }));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      disabled={touchpointIds.length === 0}
      menu={{
        items: [
          { key: 'xlsx', label: t('painPoints.export.xlsx') },
          { key: 'csv', label: t('painPoints.export.csv') },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined aria-hidden />} loading={busy} title={t('painPoints.export.hint', { count: touchpointIds.length })}>
        {t('painPoints.export.label')}
      </Button>
    </Dropdown>
  );
}
