import { NodeIndexOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Logo mark and product name. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="ja-brand">
      <span className="ja-brand-mark" aria-hidden>
        <NodeIndexOutlined />
      </span>
      <span className="ja-brand-name">{t('app.name')}</span>
    </div>
  );
}
