/**
 * Every catalogue of user-visible messages that the backend can send, per language.
 * A test walks every code of the English catalogue and fails on a missing translation.
 */
import { type Catalog, type MessageParams, fillTemplate } from './format';
import { errorMessagesEn } from './errors.en';
import { errorMessagesZhCN } from './errors.zh-CN';
import { importMessagesEn } from './import.en';
import { importMessagesZhCN } from './import.zh-CN';
import { readMessagesEn, readWarningsEn } from './read.en';
import { readMessagesZhCN, readWarningsZhCN } from './read.zh-CN';
import { backendMessagesEn } from './backend.en';
import { backendMessagesZhCN } from './backend.zh-CN';
import { validationMessagesEn } from './validation.en';
import { validationMessagesZhCN } from './validation.zh-CN';

export type MessageLang = 'en' | 'zh-CN';

export const CATALOGS: Readonly<Record<MessageLang, Catalog>> = {
  en: { ...errorMessagesEn, ...validationMessagesEn, ...importMessagesEn, ...readMessagesEn, ...readWarningsEn, ...backendMessagesEn },
  'zh-CN': { ...errorMessagesZhCN, ...validationMessagesZhCN, ...importMessagesZhCN, ...readMessagesZhCN, ...readWarningsZhCN, ...backendMessagesZhCN },
};

/** True when the code has wording (in English, the reference catalogue). */
export function isKnownMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGS.en, code);
}

/** The message in `lang`, falling back to English, then to the code itself. */
export function messageText(lang: MessageLang, code: string, params?: MessageParams): string {
  const template = CATALOGS[lang][code] ?? CATALOGS.en[code];
  return template === undefined ? code : fillTemplate(template, params);
}
