/**
 * Rotating automatic backups of the open workspace, beside it in `<file>.backups/`.
 *
 * Taken with SQLite's online backup API (a consistent copy while the file is in use), at
 * open when the newest is older than a few hours and every half hour while edits happen;
 * only the newest few are kept. A backup is written under a temporary name and renamed,
 * so a half-written one never appears in the list. Restoring writes a new file and never
 * overwrites one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { appError } from '../../../shared/messages/appError';
import type { BackupInfo, backupOps } from '../../../shared/ops/backups';
import type { HandlersOf } from '../../../shared/ops/op';
import { checkWorkspace } from '../db/check';
import { assertParentIsFolder } from '../db/paths';
import { workspaceError } from '../db/errors';
import type { Db } from '../db/open';
import type { WorkspaceSession } from './session';

export interface BackupPolicy {
  /** How many backups to keep (oldest removed first). */
  keep: number;
  /** At open, take a backup when the newest is older than this. */
  maxAgeMs: number;
  /** While open, take a backup this often if the workspace changed since the last one. */
  intervalMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 10, maxAgeMs: 6 * 3600_000, intervalMs: 30 * 60_000 };

export const backupDirOf = (workspace: string): string => `${resolve(workspace)}.backups`;

const stem = (workspace: string) => basename(workspace, extname(workspace));
/** 2026-11-23T18:46:47.103Z → 2026-11-23T18-46-47-103Z: sorts by time and is a valid file name everywhere. */
const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.jaudit$/;

/** The workspace's backups, newest first. */
export function listBackups(workspace: string): BackupInfo[] {
  const dir = backupDirOf(workspace);
  if (!existsSync(dir)) return [];
  const prefix = `${stem(workspace)}-`;
  return readdirSync(dir)
    .flatMap((name) => {
      const m = STAMP.exec(name);
      if (!name.startsWith(prefix) || !m) return [];
      const path = join(dir, name);
      return [{ name, path, createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, bytes: statSync(path).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Takes a backup of the open database now, then keeps only the newest `keep`. */
export async function createBackup(db: Db, workspace: string, opts: { keep?: number; now?: Date } = {}): Promise<BackupInfo> {
  const dir = backupDirOf(workspace);
  let t = (opts.now ?? new Date()).getTime();
  while (existsSync(join(dir, `${stem(workspace)}-${stamp(new Date(t))}.jaudit`))) t++;
  const at = new Date(t);
  const name = `${stem(workspace)}-${stamp(at)}.jaudit`;
  const path = join(dir, name);
  const partial = `${path}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    await db.backup(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw workspaceError(error, path);
  }
  const all = listBackups(workspace);
  for (const old of all.slice(opts.keep ?? DEFAULT_BACKUP_POLICY.keep)) rmSync(old.path, { force: true });
  return all.find((b) => b.path === path) ?? { name, path, createdAt: at.toISOString(), bytes: statSync(path).size };
}

/** Takes a backup if there is none newer than `maxAgeMs`; returns it, or null when not needed. */
export async function backupIfStale(db: Db, workspace: string, policy: BackupPolicy = DEFAULT_BACKUP_POLICY, now = new Date()): Promise<BackupInfo | null> {
  const newest = listBackups(workspace)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < policy.maxAgeMs) return null;
  return createBackup(db, workspace, { keep: policy.keep, now });
}

/**
 * Writes backup `name` of `workspace` to `dest` (default: beside the workspace) after checking
 * it is a healthy workspace. Refuses an existing destination: nothing is overwritten.
 */
export async function restoreBackup(workspace: string, name: string, dest?: string, now = new Date()): Promise<{ path: string; from: string }> {
  const backup = listBackups(workspace).find((b) => b.name === name);
  if (!backup || basename(name) !== name) {
    throw appError('not_found', 'backup.not_found', { name, dir: backupDirOf(workspace) });
  }
  const target = resolve(dest ?? join(dirname(resolve(workspace)), `${stem(workspace)} (restored ${stamp(now)}).jaudit`));
  if (target === resolve(workspace) || existsSync(target)) {
    throw appError('workspace_exists', 'backup.target_exists', { path: target });
  }
  if (target.startsWith(backupDirOf(workspace) + sep)) {
    throw appError('validation', 'backup.target_inside', { path: target, dir: backupDirOf(workspace) });
  }
  assertParentIsFolder(target);
  checkWorkspace(backup.path);
  const Database = (await import('better-sqlite3')).default;
  const source = new Database(backup.path, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(dirname(target), { recursive: true });
    await source.backup(`${target}.partial`);
    renameSync(`${target}.partial`, target);
  } catch (error) {
    rmSync(`${target}.partial`, { force: true });
    throw workspaceError(error, target);
  } finally {
    source.close();
  }
  return { path: target, from: backup.path };
}

/** Backups while a workspace is open: one at open if the last is old, then periodic ones after edits. */
export class AutoBackup {
  private timer: NodeJS.Timeout | null = null;
  private lastChanges = -1;
  private running: Promise<unknown> = Promise.resolve();
  /** The last failure (a read-only folder, a full disk); backups never stop the app working. */
  lastError: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly workspace: string,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  ) {}

  /** @param atOpen take a backup now if the newest is older than the policy allows. */
  start(atOpen = true): this {
    this.lastChanges = this.changes();
    if (atOpen) this.run(() => backupIfStale(this.db, this.workspace, this.policy));
    this.timer = setInterval(() => this.tick(), this.policy.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Takes a backup if this connection changed the workspace since the last check. */
  tick(): Promise<unknown> {
    if (!this.db.open) return this.running;
    const changes = this.changes();
    if (changes === this.lastChanges) return this.running;
    this.lastChanges = changes;
    return this.run(() => createBackup(this.db, this.workspace, { keep: this.policy.keep }));
  }

  /** Waits for a backup in progress (before closing the database). */
  idle(): Promise<unknown> {
    return this.running;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private run(take: () => Promise<unknown>): Promise<unknown> {
    this.running = this.running.then(take).then(
      () => (this.lastError = null),
      (e: Error) => (this.lastError = e.message),
    );
    return this.running;
  }

  private changes(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }
}

export function backupHandlers(session: WorkspaceSession): HandlersOf<typeof backupOps> {
  const open = () => {
    const db = session.requireDb();
    return { db, path: session.currentPath()! };
  };
  return {
    'backups.list': async () => {
      const { path } = open();
      return { dir: backupDirOf(path), backups: listBackups(path) };
    },
    'backups.create': async () => {
      const { db, path } = open();
      return createBackup(db, path);
    },
    'backups.restore': async ({ name, path: dest }) => {
      const { path } = open();
      const restored = await restoreBackup(path, name, dest);
      await session.open(restored.path);
      return restored;
    },
  };
}
