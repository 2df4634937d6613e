/**
 * Workspace-wide settings stored as JSON values in the `settings` table.
 */
import type { Db } from '../db/open';

export type Lang = 'zh-CN' | 'en';

export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

/** The language the workspace was created in; new blank maps use it for default stage and lane names. */
export const workspaceLang = (db: Db): Lang => getSetting<Lang>(db, 'lang', 'en');
