import { CheckCircleFilled, CloudSyncOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';
import { useSave } from '../store/saveStatus';

/** "Saved" / "Saving…" / a problem, at the end of the toolbar. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useSave((s) => s.status);
  const error = useSave((s) => s.error);
  const busy = status === 'pending' || status === 'saving';
  const bad = status === 'error' || status === 'conflict' || status === 'deleted';
  const text = busy ? t('editor.save.saving') : status === 'saved' ? t('editor.save.saved') : t(`editor.save.${status}`);
  const icon = bad ? <ExclamationCircleFilled aria-hidden /> : busy ? <CloudSyncOutlined aria-hidden /> : <CheckCircleFilled aria-hidden />;
  const tip = bad && error ? errorText(t, error) : t('editor.save.help');
  return (
    <Tooltip title={tip}>
      <span className={`ja-save is-${bad ? 'bad' : busy ? 'busy' : 'ok'}`} role="status" aria-live="polite">
        {icon}
        <span data-testid="save-status">{text}</span>
      </span>
    </Tooltip>
  );
}
