/**
 * The one way every screen answers a refused stale write (`conflict` naming a `record`): a
 * notice saying what changed, where and when, with a button that reloads what the screen
 * shows. Other errors fall through to the screen's usual error display.
 */
import { Button } from 'antd';
import type { TFunction } from 'i18next';
import { type AppErrorData, isAppErrorData } from '../../shared/errors';
import i18n from '../i18n';
import { formatDateTime } from '../lib/format';
import { feedback, showError } from './feedback';

const RECORDS = ['survey', 'question', 'round', 'review', 'cause', 'story', 'action', 'department', 'rules'] as const;

/** A write refused because the record changed since this screen read it (or, for a question list, gained answers). */
export function isStaleWrite(err: unknown): err is AppErrorData & { params: Record<string, string | number> } {
  return isAppErrorData(err) && err.code === 'conflict' && typeof err.params?.record === 'string';
}

/** The sentence saying what changed. */
export function conflictText(t: TFunction, err: AppErrorData): string {
  const p = err.params ?? {};
  const title = String(p.title ?? '');
  if (p.reason === 'answers') return t('conflict.answers', { title, count: Number(p.answers ?? 0) });
  const kind = (RECORDS as readonly unknown[]).includes(p.record) ? (p.record as (typeof RECORDS)[number]) : 'other';
  const what = t(`conflict.records.${kind}`, { title });
  return typeof p.updatedAt === 'string'
    ? t('conflict.changedAt', { what, time: formatDateTime(p.updatedAt, i18n.language) })
    : t('conflict.changed', { what });
}

let seq = 0;

/** Shows the notice for a stale write; `reload` re-reads what the screen shows. */
export function showConflict(err: AppErrorData, reload: () => unknown): void {
  const text = conflictText(i18n.t, err);
  const n = feedback.notification;
  if (!n) {
    console.error(text);
    return;
  }
  const key = `conflict-${++seq}`;
  n.warning({
    key,
    title: i18n.t('conflict.title'),
    description: (
      <>
        <p className="ja-conflict-what">{text}</p>
        <p className="ja-conflict-how">{i18n.t('conflict.howTo')}</p>
      </>
    ),
    duration: 0,
    role: 'alert',
    className: 'ja-conflict',
    actions: (
      <Button
        type="primary"
        size="small"
        onClick={() => {
          n.destroy(key);
          void reload();
        }}
      >
        {i18n.t('conflict.reload')}
      </Button>
    ),
  });
}

/**
 * Handles the error of a write: a stale write gets the conflict notice with a reload; any
 * other error goes to `otherwise` (the app's error message by default).
 */
export function handleWriteError(err: unknown, reload: () => unknown, otherwise: (err: unknown) => void = showError): void {
  if (isStaleWrite(err)) showConflict(err, reload);
  else otherwise(err);
}
