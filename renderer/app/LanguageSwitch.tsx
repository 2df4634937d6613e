import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

const OPTIONS: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

/** zh-CN / en switch; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <Segmented<Language>
      className="ja-lang-switch"
      aria-label={t('language.label')}
      options={OPTIONS}
      value={value}
      onChange={(lang) => void setLanguage(lang)}
    />
  );
}
