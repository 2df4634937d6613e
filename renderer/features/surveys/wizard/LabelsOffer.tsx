import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../lib/format';
import { surveyErrorText } from '../errors';
import { ACCEPT, readBase64 } from './FileDrop';
import { useImportWizard } from './store';

const MAX_BYTES = 60 * 1024 * 1024;

/**
 * For 问卷星's option-number export ("按选项序号"), whose answers are 1, 2, 3…: offers to add
 * the text export of the same survey ("按选项文本") so the options read as their texts.
 */
export function LabelsOffer() {
  const { t, i18n } = useTranslation();
  const { preview, labels, labelsError, busy, addLabels, removeLabels } = useImportWizard();
  const [localError, setLocalError] = useState<string | null>(null);
  if (!preview || (preview.numberedOptions === 0 && !labels)) return null;

  const onFile = async (f: File) => {
    setLocalError(null);
    if (f.size > MAX_BYTES) {
      setLocalError(t('surveys.wizard.file.tooBig', { name: f.name, size: formatBytes(f.size, i18n.language) }));
      return;
    }
    try {
      await addLabels({ name: f.name, size: f.size, base64: await readBase64(f) });
    } catch (e) {
      setLocalError(t('surveys.wizard.file.readFailed', { name: f.name, message: (e as Error).message }));
    }
  };

  const picker = (
    <label className={`ja-wiz-labels-pick${busy !== null ? ' ja-drop-disabled' : ''}`}>
      <input
        type="file"
        className="ja-visually-hidden"
        accept={ACCEPT}
        aria-label={t('surveys.wizard.labels.input')}
        disabled={busy !== null}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <FileTextOutlined aria-hidden /> {t(labels ? 'surveys.wizard.labels.change' : 'surveys.wizard.labels.add')}
    </label>
  );

  return (
    <div className="ja-wiz-gap ja-wiz-labels">
      {labels ? (
        <Alert
          type="success"
          showIcon
          title={t('surveys.wizard.labels.added', { file: labels.fileName, count: labels.translated })}
          description={t('surveys.wizard.labels.addedHelp')}
          action={
            <span className="ja-wiz-labels-actions">
              {picker}
              <Button size="small" onClick={removeLabels} disabled={busy !== null}>
                {t('surveys.wizard.labels.remove')}
              </Button>
            </span>
          }
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('surveys.wizard.labels.offerTitle', { count: preview.numberedOptions })}
          description={t('surveys.wizard.labels.offerHelp')}
          action={picker}
        />
      )}
      {busy === 'labelling' ? (
        <div className="ja-wiz-busy" role="status">
          <Spin size="small" /> {t('surveys.wizard.labels.reading')}
        </div>
      ) : null}
      {localError ? <Alert type="error" showIcon title={localError} className="ja-wiz-gap" /> : null}
      {labelsError && busy === null ? <Alert type="error" showIcon title={surveyErrorText(t, labelsError)} className="ja-wiz-gap" /> : null}
    </div>
  );
}
