/**
 * Opening and creating workspace files: identity checks, pragmas and migrations.
 *
 * Durability: WAL with synchronous=FULL, so an acknowledged edit survives a killed
 * process and a power cut; imports are single transactions and lose nothing either way.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { defaultDirection } from '../../../shared/domain/survey/direction';
import { appError } from '../../../shared/messages/appError';
import { workspaceError } from './errors';
import { assertNotFolder, assertParentIsFolder } from './paths';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, assertMigrationsOrdered } from './migrations';
import { assertNotEmpty, withReadOnlyConnection } from './peek';

export type Db = Database.Database;

/** "JAUD": marks an SQLite file as a Journey Audit workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x4a415544;

export interface Header {
  applicationId: number;
  schemaVersion: number;
}

export function readHeader(db: Db): Header {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

/** Refuses files that are not ours or come from a newer version. */
export function assertOurs(header: Header, path: string): void {
  if (header.applicationId !== APPLICATION_ID) {
    throw appError('workspace_foreign', 'error.workspace_foreign', { path });
  }
  if (header.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw appError('workspace_newer', 'workspace.newer', { path, found: header.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
}

function configure(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  immediateTransactions(db);
}

/**
 * Makes `db.transaction(fn)()` begin with BEGIN IMMEDIATE. A deferred transaction that reads
 * before it writes (every version-guarded edit does) fails at once with SQLITE_BUSY_SNAPSHOT
 * when another process — the CLI importing, a second window — committed in between; an
 * immediate one takes the write lock first and waits up to busy_timeout for it instead.
 */
function immediateTransactions(db: Db): void {
  const make = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const t = make(fn);
    return Object.assign((...args: never[]) => t.immediate(...args), { default: t.immediate, deferred: t.deferred, immediate: t.immediate, exclusive: t.exclusive });
  }) as Db['transaction'];
}

/**
 * Another connection to a workspace that is already open and checked (the import worker's):
 * the same pragmas and transaction behaviour as the app's own connection.
 */
export function connectWorkspace(path: string): Db {
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    return db;
  } catch (error) {
    db.close();
    throw workspaceError(error, path);
  }
}

/** SQL functions the migrations call: pure rules of shared/, so old rows get what new ones get. */
export function registerMigrationFunctions(db: Db): void {
  db.function('ja_default_direction', { deterministic: true }, (text: unknown, type: unknown) => defaultDirection(String(text), String(type)));
}

/** Applies every migration above the file's version, one transaction each. */
export function migrate(db: Db): number[] {
  assertMigrationsOrdered();
  const from = readHeader(db).schemaVersion;
  registerMigrationFunctions(db);
  const applied: number[] = [];
  for (const m of MIGRATIONS.filter((x) => x.version > from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}

export interface OpenOptions {
  /** Called with the open database before migrating an older file, to take a backup. */
  beforeMigrate?: (db: Db, fromVersion: number) => Promise<void>;
}

/**
 * Survey answers can run to millions of rows: checking them on every open would cost seconds.
 * They are checked by `journey-audit check` (full integrity_check), and a damaged page there
 * still fails its read with a clear "damaged" error.
 */
const BULK_TABLES = new Set(['answers', 'responses', 'response_attributes', 'analysis_cache']);

/** quick_check of every table but the bulk ones; 'ok' or the first problem. */
function quickCheck(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const t of tables) {
    if (BULK_TABLES.has(t)) continue;
    const r = String(db.pragma(`quick_check("${t.replaceAll('"', '""')}")`, { simple: true }));
    if (r !== 'ok') return r;
  }
  return 'ok';
}

/**
 * Refuses a file shorter than its header says (cut short by a failed copy or download).
 * Only without a pending WAL: a checkpoint interrupted by a crash can leave the file short
 * until the WAL, which still holds every page, is replayed.
 */
function assertWhole(path: string): void {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The header's page count is only valid when its change counter matches "version-valid-for".
  if (pages === 0 || header.readUInt32BE(24) !== header.readUInt32BE(92)) return;
  const size = statSync(path).size;
  if (size < pages * pageSize) {
    throw appError('workspace_corrupt', 'workspace.truncated', { path, size, expected: pages * pageSize, detail: `truncated to ${size} of ${pages * pageSize} bytes` });
  }
}

/**
 * Whether the file and its folder can be written. A WAL database needs its folder too (for the
 * -wal and -shm files); without both it can still be opened read-only, which SQLite refuses
 * to do in read-write mode.
 */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** quick_check, where a schema SQLite cannot even parse (a damaged page of it) also counts as damage. */
function healthCheck(db: Db, path: string): string {
  try {
    return quickCheck(db);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_ERROR') throw error;
    const detail = (error as Error).message;
    throw appError('workspace_corrupt', 'workspace.damaged', { path, detail });
  }
}

/** Opens an existing workspace, checking identity and health, migrating if older. */
export async function openWorkspaceDb(file: string, options: OpenOptions = {}): Promise<Db> {
  const path = resolve(file);
  if (!existsSync(path)) {
    throw appError('workspace_missing', 'error.workspace_missing', { path });
  }
  assertNotFolder(path);
  let db: Db | undefined;
  let readonly = false;
  try {
    readonly = !writable(path);
    assertNotEmpty(path);
    // Identity first, on a read-only look: refusing a file (another program's, a newer
    // version's) must leave it byte for byte as it was, and a read-write connection would
    // checkpoint a pending WAL into it when closed.
    assertOurs(withReadOnlyConnection(path, readHeader), path);
    db = new Database(path, { fileMustExist: true, readonly });
    const header = readHeader(db);
    assertOurs(header, path);
    assertWhole(path);
    const quick = healthCheck(db, path);
    if (quick !== 'ok') {
      throw appError('workspace_corrupt', 'workspace.damaged', { path, detail: String(quick) });
    }
    if (readonly) {
      // Reading works; every write fails with SQLITE_READONLY, shown as workspace_readonly.
      db.pragma('busy_timeout = 5000');
      if (header.schemaVersion < LATEST_SCHEMA_VERSION) {
        throw appError('workspace_readonly', 'workspace.readonly_upgrade', { path });
      }
      return db;
    }
    configure(db);
    if (header.schemaVersion < LATEST_SCHEMA_VERSION) {
      await options.beforeMigrate?.(db, header.schemaVersion);
      try {
        migrate(db);
      } catch (error) {
        // Each migration is one transaction: the failed one rolled back, the file is as it was.
        const detail = (error as Error).message;
        throw appError('workspace_corrupt', 'workspace.upgrade_failed', { path, detail, found: header.schemaVersion, supported: LATEST_SCHEMA_VERSION });
      }
    }
    return db;
  } catch (error) {
    db?.close();
    // SQLite reads a WAL file only if it can create the -shm file beside it.
    if (readonly && (error as { code?: string }).code === 'SQLITE_CANTOPEN') {
      throw appError('workspace_readonly', 'workspace.readonly_folder', { path });
    }
    throw workspaceError(error, path);
  }
}

/** Creates a new, empty workspace file at the latest schema. Refuses to overwrite. */
export function createWorkspaceDb(file: string): Db {
  const path = resolve(file);
  if (existsSync(path)) {
    throw appError('workspace_exists', 'workspace.exists', { path });
  }
  assertParentIsFolder(path);
  let db: Db | undefined;
  try {
    db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    // A half-made file would later be refused as foreign; leave nothing behind.
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw workspaceError(error, path);
  }
}
