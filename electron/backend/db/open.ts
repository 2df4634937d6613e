/**
 * Opening and creating workspace files: identity checks, pragmas and migrations.
 *
 * Durability: WAL with synchronous=FULL, so an acknowledged edit survives a killed
 * process and a power cut; imports are single transactions and lose nothing either way.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { workspaceError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, assertMigrationsOrdered } from './migrations';

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
    throw new AppError({
      code: 'workspace_foreign',
      message: `${path} is an SQLite database but not a Journey Audit workspace`,
      params: { path },
    });
  }
  if (header.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError({
      code: 'workspace_newer',
      message: `${path} was saved by a newer Journey Audit (schema ${header.schemaVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
      params: { path, found: header.schemaVersion, supported: LATEST_SCHEMA_VERSION },
    });
  }
}

function configure(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Applies every migration above the file's version, one transaction each. */
export function migrate(db: Db): number[] {
  assertMigrationsOrdered();
  const from = readHeader(db).schemaVersion;
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

/** Opens an existing workspace, checking identity and health, migrating if older. */
export async function openWorkspaceDb(file: string, options: OpenOptions = {}): Promise<Db> {
  const path = resolve(file);
  if (!existsSync(path)) {
    throw new AppError({ code: 'workspace_missing', message: `${path} does not exist`, params: { path } });
  }
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    const header = readHeader(db);
    assertOurs(header, path);
    const quick = quickCheck(db);
    if (quick !== 'ok') {
      throw new AppError({ code: 'workspace_corrupt', message: `${path} is damaged: ${String(quick)}`, params: { path, detail: String(quick) } });
    }
    configure(db);
    if (header.schemaVersion < LATEST_SCHEMA_VERSION) {
      await options.beforeMigrate?.(db, header.schemaVersion);
      migrate(db);
    }
    return db;
  } catch (error) {
    db?.close();
    throw workspaceError(error, path);
  }
}

/** Creates a new, empty workspace file at the latest schema. Refuses to overwrite. */
export function createWorkspaceDb(file: string): Db {
  const path = resolve(file);
  if (existsSync(path)) {
    throw new AppError({ code: 'workspace_exists', message: `${path} already exists; choose another name`, params: { path } });
  }
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
