/**
 * Access to antd's context-aware message and notification APIs from stores and
 * plain functions. `FeedbackBridge` (inside antd's <App>) fills these in.
 */
import type { MessageInstance } from 'antd/es/message/interface';
import type { NotificationInstance } from 'antd/es/notification/interface';
import i18n from '../i18n';
import { errorText } from '../i18n/errorText';

interface Feedback {
  message: MessageInstance | null;
  notification: NotificationInstance | null;
}

export const feedback: Feedback = { message: null, notification: null };

export function showSuccess(text: string): void {
  void feedback.message?.success(text);
}

/** Shows a backend or unexpected error as a translated message. */
export function showError(err: unknown): void {
  const text = errorText(i18n.t, err);
  if (feedback.message) void feedback.message.error(text, 6);
  else console.error(text);
}
