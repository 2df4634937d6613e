import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/domain/survey/types';

export type Lang = 'zh-CN' | 'en';

/** The UI language as the key of a bilingual text. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** A label's wording in `lang`, falling back to the other language, then to its value. */
export function labelText(label: Label | undefined, lang: Lang, value?: number): string {
  if (!label) return value === undefined ? '' : String(value);
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return label[lang] || label[other] || String(label.value);
}
