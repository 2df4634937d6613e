/**
 * Builds a backend error from a message code: the renderer and the CLI word it in the user's
 * language from the catalogues; its `message` (for logs and English callers) is the English
 * wording of the same code, so the two never drift apart.
 */
import { AppError, type ErrorCode, type ErrorIssue } from '../errors';
import { errorMessage } from './errorText';
import type { MessageParams } from './format';

export function appError(code: ErrorCode, messageCode: string, params: MessageParams = {}, issues?: ErrorIssue[]): AppError {
  const data = { code, messageCode, params, ...(issues?.length ? { issues } : {}) };
  return new AppError({ ...data, message: errorMessage('en', { ...data, message: '' }) });
}
