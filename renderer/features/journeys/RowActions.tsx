import { CopyOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../shared/domain/journey';
import { useJourneyCommands } from './useJourneyCommands';

interface Props {
  journey: JourneySummary;
  onEdit: (journey: JourneySummary) => void;
}

/** Icon buttons for one row; each is named after the journey for screen readers and tests. */
export function RowActions({ journey, onEdit }: Props) {
  const { t } = useTranslation();
  const { deleteWithUndo, duplicateNamed } = useJourneyCommands();
  const [busy, setBusy] = useState<'duplicate' | 'delete' | null>(null);
  const name = journey.name;

  const run = async (kind: 'duplicate' | 'delete') => {
    setBusy(kind);
    try {
      if (kind === 'duplicate') await duplicateNamed(journey);
      else await deleteWithUndo(journey);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space size={2}>
      <Tooltip title={t('journeys.actions.rename')}>
        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('journeys.actions.renameNamed', { name })} onClick={() => onEdit(journey)} />
      </Tooltip>
      <Tooltip title={t('journeys.actions.duplicate')}>
        <Button
          type="text"
          size="small"
          icon={<CopyOutlined />}
          aria-label={t('journeys.actions.duplicateNamed', { name })}
          loading={busy === 'duplicate'}
          onClick={() => void run('duplicate')}
        />
      </Tooltip>
      <Tooltip title={t('journeys.actions.delete')}>
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('journeys.actions.deleteNamed', { name })}
          loading={busy === 'delete'}
          onClick={() => void run('delete')}
        />
      </Tooltip>
    </Space>
  );
}
