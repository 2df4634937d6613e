/** Error messages of the Surveys section: name clashes and file problems in words that fit. */
import type { TFunction } from 'i18next';
import { isAppErrorData } from '../../../shared/errors';
import { isKnownMessage } from '../../../shared/messages/catalog';
import i18n from '../../i18n';
import { errorText } from '../../i18n/errorText';
import { isStaleWrite, showConflict } from '../../ui/conflict';
import { feedback } from '../../ui/feedback';

/** A backend error as a sentence: a clash names what clashes; a file problem is the importer's own message (file, row, column). */
export function surveyErrorText(t: TFunction, err: unknown): string {
  if (isAppErrorData(err)) {
    if (err.messageCode && isKnownMessage(err.messageCode)) return errorText(t, err);
    const p = err.params ?? {};
    if (err.code === 'conflict' && typeof p.name === 'string') return t('surveys.errors.nameTaken', { name: p.name });
    if (err.code === 'conflict' && typeof p.label === 'string') return t('surveys.errors.labelTaken', { label: p.label });
    if (err.code === 'validation' && !err.issues?.length && (p.file !== undefined || p.template !== undefined)) return t('surveys.errors.file', { message: err.message });
  }
  return errorText(t, err);
}

export function showSurveyError(err: unknown): void {
  const text = surveyErrorText(i18n.t, err);
  if (feedback.message) void feedback.message.error(text, 6);
  else console.error(text);
}

/**
 * Runs a command, showing a failure as a message; resolves to null then. A change refused because
 * the record changed elsewhere shows the conflict notice, whose button runs `reload`.
 */
export async function attempt<T>(work: () => Promise<T>, reload?: () => unknown): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (reload && isStaleWrite(error)) showConflict(error, reload);
    else showSurveyError(error);
    return null;
  }
}
