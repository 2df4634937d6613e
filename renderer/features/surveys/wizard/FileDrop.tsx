import { InboxOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.xlsb,.ods,.fods,.htm,.html,.xml';

interface Props {
  onFile: (file: File) => void;
  compact?: boolean;
  disabled?: boolean;
}

/** A drop zone around a real, labelled file input (keyboard, screen readers and tests use the input). */
export function FileDrop({ onFile, compact, disabled }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <label
      className={['ja-drop', compact ? 'ja-drop-compact' : '', over ? 'ja-drop-over' : '', disabled ? 'ja-drop-disabled' : ''].join(' ')}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        type="file"
        className="ja-visually-hidden"
        accept={ACCEPT}
        aria-label={t('surveys.wizard.file.input')}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <InboxOutlined className="ja-drop-icon" aria-hidden />
      <span className="ja-drop-text">
        <Typography.Text strong>{compact ? t('surveys.wizard.file.changeFile') : t('surveys.wizard.file.drop')}</Typography.Text>
        {compact ? null : (
          <Typography.Text type="secondary" className="ja-drop-hint">
            {t('surveys.wizard.file.hint')}
          </Typography.Text>
        )}
      </span>
    </label>
  );
}

/** The file's bytes as base64, for `import.preview`. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
