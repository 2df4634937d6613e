/**
 * The workspace currently open in this process: open, create, switch and back up.
 * A failed open leaves the previous workspace open and untouched.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceStatus } from '../../../shared/ops/workspace';
import { type AppErrorData } from '../../../shared/errors';
import { appError } from '../../../shared/messages/appError';
import { serviceTemplate } from '../../../shared/domain/journey-templates/service';
import { isStorageError, workspaceError } from '../db/errors';
import { assertNotFolder, assertParentIsFolder } from '../db/paths';
import { type Db, createWorkspaceDb, openWorkspaceDb, readHeader } from '../db/open';
import { createFromTemplate } from '../journeys/build';
import { AutoBackup, type BackupPolicy, DEFAULT_BACKUP_POLICY } from './backups';
import { RecentList } from './recent';
import { type Lang, setSetting } from './settings';

export const DEFAULT_WORKSPACE_NAME = 'workspace.jaudit';

/** Creates a workspace file, optionally seeded with the sample service journey. */
export function createWorkspaceFile(path: string, opts: { sample: boolean; lang: Lang }): Db {
  const db = createWorkspaceDb(path);
  setSetting(db, 'lang', opts.lang);
  if (opts.sample) createFromTemplate(db, serviceTemplate, opts.lang);
  return db;
}

/** Online backup of an open database (consistent even while it is being written). */
export async function backupTo(db: Db, dest: string): Promise<number> {
  await db.backup(dest);
  return statSync(dest).size;
}

export class WorkspaceSession {
  private db: Db | null = null;
  private path: string | null = null;
  private lastError: AppErrorData | null = null;
  private readonly recent: RecentList;
  private autoBackup: AutoBackup | null = null;

  /** `autoBackup`: rotating backups beside each opened file (the app turns them on; the CLI does not). */
  constructor(
    private readonly dataDir: string,
    private readonly options: { autoBackup?: boolean | BackupPolicy } = {},
  ) {
    this.recent = new RecentList(dataDir);
  }

  /** Automatic backups of the open workspace, when turned on. */
  backups(): AutoBackup | null {
    return this.autoBackup;
  }

  status(): WorkspaceStatus {
    return {
      path: this.path,
      schemaVersion: this.db ? readHeader(this.db).schemaVersion : null,
      readOnly: this.db?.readonly ?? false,
      error: this.lastError ? { code: this.lastError.code, message: this.lastError.message, params: this.lastError.params } : null,
    };
  }

  /** The open database; operations that need one fail with a typed error otherwise. */
  requireDb(): Db {
    if (!this.db) throw appError('no_workspace', 'error.no_workspace');
    return this.db;
  }

  /** Absolute path of the open workspace, if any. */
  currentPath(): string | null {
    return this.path;
  }

  recentPaths(): string[] {
    return this.recent.list();
  }

  /** Opens the default workspace in the data folder, creating it with the sample on first start. */
  async openDefault(lang: Lang): Promise<WorkspaceStatus> {
    const path = join(this.dataDir, DEFAULT_WORKSPACE_NAME);
    try {
      mkdirSync(this.dataDir, { recursive: true });
      const exists = (() => {
        try {
          return statSync(path).isFile();
        } catch {
          return false;
        }
      })();
      if (exists) this.adopt(await this.openExisting(path), path, true);
      else this.adopt(createWorkspaceFile(path, { sample: true, lang }), path);
    } catch (error) {
      this.lastError = workspaceError(error, path).toJSON();
      this.path = null;
    }
    return this.status();
  }

  /** Opens the file at startup, recording (not throwing) a failure so the UI can explain it. */
  async openAtStart(path: string): Promise<WorkspaceStatus> {
    try {
      await this.open(path);
    } catch (error) {
      this.lastError = workspaceError(error, resolve(path)).toJSON();
    }
    return this.status();
  }

  async open(file: string): Promise<WorkspaceStatus> {
    const path = resolve(file);
    this.adopt(await this.openExisting(path), path, true);
    return this.status();
  }

  async create(file: string, opts: { sample: boolean; lang: Lang }): Promise<WorkspaceStatus> {
    const path = resolve(file);
    this.adopt(createWorkspaceFile(path, opts), path);
    return this.status();
  }

  /**
   * Writes a consistent copy of the open workspace to `file`. An existing file is only
   * replaced with `overwrite`, which the desktop's save dialog (after its own confirmation)
   * and the CLI's `--force` set; the contract's operation cannot, so no page can overwrite
   * another program's file.
   */
  async saveCopy(file: string, opts: { overwrite?: boolean } = {}): Promise<{ path: string; bytes: number }> {
    const db = this.requireDb();
    const dest = resolve(file);
    if (dest === this.path) {
      throw appError('workspace_exists', 'workspace.copy_is_open', { path: dest });
    }
    if (!opts.overwrite && existsSync(dest)) {
      throw appError('workspace_exists', 'workspace.copy_exists', { path: dest });
    }
    assertNotFolder(dest);
    assertParentIsFolder(dest);
    try {
      mkdirSync(dirname(dest), { recursive: true });
      return { path: dest, bytes: await backupTo(db, dest) };
    } catch (error) {
      throw workspaceError(error, dest);
    }
  }

  close(): void {
    this.autoBackup?.stop();
    this.autoBackup = null;
    this.db?.close();
    this.db = null;
    this.path = null;
  }

  private openExisting(path: string): Promise<Db> {
    return openWorkspaceDb(path, {
      beforeMigrate: async (db, from) => {
        await backupTo(db, `${path}.v${from}-${Date.now()}.bak`);
      },
    });
  }

  private adopt(db: Db, path: string, existing = false): void {
    this.autoBackup?.stop();
    this.autoBackup = null;
    this.db?.close();
    this.db = db;
    const policy = this.options.autoBackup === true ? DEFAULT_BACKUP_POLICY : this.options.autoBackup;
    // A new file has nothing to protect yet; an opened one is backed up if its last backup is old.
    // A read-only workspace gets no backup folder written beside it: nothing in it can change.
    if (policy && !db.readonly) this.autoBackup = new AutoBackup(db, path, policy).start(existing);
    this.path = path;
    this.lastError = null;
    this.recent.add(path);
  }
}

/**
 * Wraps every handler so SQLite failing on the file itself — a lock held by another program,
 * a read-only file, a full disk — reaches the user as a typed error naming the workspace
 * instead of an untyped "internal" one. The failed transaction has rolled back.
 */
export function withWorkspaceErrors(handlers: Handlers, session: WorkspaceSession): Handlers {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [name, run] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[name] = async (input) => {
      try {
        return await run(input);
      } catch (error) {
        throw isStorageError(error) ? workspaceError(error, session.currentPath() ?? 'The workspace') : error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}
