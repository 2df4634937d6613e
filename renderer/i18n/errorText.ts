/** Renders a backend error for people, in the UI's language, from the shared message catalogues. */
import i18n, { type TFunction } from 'i18next';
import { isAppErrorData, type AppErrorData } from '../../shared/errors';
import type { MessageLang } from '../../shared/messages/catalog';
import { errorMessage } from '../../shared/messages/errorText';

function asErrorData(err: unknown): AppErrorData {
  if (isAppErrorData(err)) return err;
  if (err instanceof Error) return { code: 'internal', message: err.message };
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return { code: 'internal', message: (err as { message: string }).message };
  }
  return { code: 'internal', message: String(err) };
}

/** The UI's language, as the catalogues name it. */
export function messageLang(): MessageLang {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** `t` is kept for the callers' sake: the wording comes from the shared catalogues in the UI's language. */
export function errorText(_t: TFunction, err: unknown): string {
  return errorMessage(messageLang(), asErrorData(err));
}
