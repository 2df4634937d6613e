/** Renders a backend error for people: translated by code, with its parameters filled in. */
import type { TFunction } from 'i18next';
import { isAppErrorData, type AppErrorData } from '../../shared/errors';

function asErrorData(err: unknown): AppErrorData | null {
  if (isAppErrorData(err)) return err;
  if (err instanceof Error) return { code: 'internal', message: err.message };
  if (typeof err === 'string') return { code: 'internal', message: err };
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return { code: 'internal', message: (err as { message: string }).message };
  }
  return null;
}

export function errorText(t: TFunction, err: unknown): string {
  const data = asErrorData(err);
  if (!data) return t('errors.internal', { message: String(err) });
  const details = data.issues?.length
    ? data.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
    : data.message;
  const params = {
    path: t('errors.fallbackPath'),
    message: data.message,
    details,
    ...data.params,
  };
  const key = `errors.${data.code}` as const;
  const text = t(key, params);
  return text && text !== key ? text : data.message;
}
