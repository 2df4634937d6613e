/**
 * Opening, creating, migrating and refusing workspace files — on real SQLite files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { checkWorkspace } from '../../../../electron/backend/db/check';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/backend/db/migrations';
import { APPLICATION_ID, createWorkspaceDb, openWorkspaceDb } from '../../../../electron/backend/db/open';
import { WorkspaceSession } from '../../../../electron/backend/workspace/session';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

async function openError(path: string): Promise<AppError> {
  try {
    (await openWorkspaceDb(path)).close();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('a new workspace', () => {
  it('is marked as ours, at the latest schema, in WAL with foreign keys on', () => {
    const path = join(tmp(), 'w.jaudit');
    const db = createWorkspaceDb(path);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('refuses to overwrite an existing file', () => {
    const path = join(tmp(), 'w.jaudit');
    writeFileSync(path, 'keep me');
    expect(() => createWorkspaceDb(path)).toThrowError(expect.objectContaining({ code: 'workspace_exists' }));
  });
});

describe('opening a file that is not a good workspace', () => {
  it('names a text file as not a workspace', async () => {
    const path = join(tmp(), 'notes.jaudit');
    writeFileSync(path, 'this is not a database, just some text\n'.repeat(200));
    const e = await openError(path);
    expect(e.code).toBe('workspace_not_sqlite');
    expect(e.message).toContain(path);
  });

  it('names another program’s SQLite file as foreign', async () => {
    const path = join(tmp(), 'other.db');
    new Database(path).exec('CREATE TABLE t (x)').close();
    expect((await openError(path)).code).toBe('workspace_foreign');
  });

  it('refuses a file from a newer version and leaves it untouched', async () => {
    const path = join(tmp(), 'newer.jaudit');
    createWorkspaceDb(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const e = await openError(path);
    expect(e.code).toBe('workspace_newer');
    expect(e.params).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
    expect(new Database(path).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it('reports a missing file', async () => {
    expect((await openError(join(tmp(), 'nope.jaudit'))).code).toBe('workspace_missing');
  });

  it('reports a truncated file as damaged or not a workspace, never opens it', async () => {
    const dir = tmp();
    const good = join(dir, 'good.jaudit');
    const session = new WorkspaceSession(dir);
    await session.create(good, { sample: true, lang: 'en' });
    session.close();
    const bytes = readFileSync(good);
    const cut = join(dir, 'cut.jaudit');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const e = await openError(cut);
    expect(['workspace_corrupt', 'workspace_not_sqlite']).toContain(e.code);
  });
});

describe('migrations', () => {
  it('are numbered 1…N', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('take an online backup before upgrading an older file', async () => {
    const dir = tmp();
    const path = join(dir, 'old.jaudit');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`); // a version-0 file: ours, nothing migrated yet
    raw.exec('CREATE TABLE legacy_marker (x)');
    raw.close();
    const session = new WorkspaceSession(dir);
    const status = await session.open(path);
    session.close();
    expect(status.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const backups = readdirSync(dir).filter((f) => f.startsWith('old.jaudit.v0-') && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'legacy_marker'").get()).toBeTruthy();
    backup.close();
    expect(checkWorkspace(path).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});
