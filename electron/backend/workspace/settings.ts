/**
 * Workspace-wide settings stored as JSON values in the `settings` table.
 */
import type { Db } from '../db/open';

export type Lang = 'zh-CN' | 'en';

export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

/** Every write of a setting adds one to its version. */
export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = version + 1').run(key, JSON.stringify(value));
}

/** The version of a stored setting; 0 while it has never been written (its default stands). */
export function settingVersion(db: Db, key: string): number {
  const row = db.prepare('SELECT version FROM settings WHERE key = ?').get(key) as { version: number } | undefined;
  return row?.version ?? 0;
}

/** The language the workspace was created in; new blank maps use it for default stage and lane names. */
export const workspaceLang = (db: Db): Lang => getSetting<Lang>(db, 'lang', 'en');
