/**
 * Looking at a workspace file must not change it: refusing a newer or foreign file, checking
 * one, and opening an empty one leave its bytes (and its pending WAL) exactly as they were,
 * with no -wal/-shm files left beside it. Compared by hash before and after.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../electron/backend/db/check';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/db/migrations';
import { createWorkspaceDb } from '../../../electron/backend/db/open';
import { withReadOnly } from '../../../electron/backend/db/peek';
import { WorkspaceSession } from '../../../electron/backend/workspace/session';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = useTmpDir();
const require = createRequire(import.meta.url);

/** Every file in the folder with its hash: what "unchanged" means here. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return out;
}

/**
 * A workspace whose last transaction (which sets `userVersion` and `applicationId`) is still
 * only in its WAL: written by a process that exits without closing, as after a crash.
 */
function withPendingWal(dir: string, userVersion: number, applicationId?: number): string {
  const file = join(dir, 'w.jaudit');
  createWorkspaceDb(file).close();
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('user_version = ${userVersion}');
    ${applicationId === undefined ? '' : `db.pragma('application_id = ${applicationId}');`}
    process.exit(0);
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
  return file;
}

describe('a workspace file looked at but not opened for editing', () => {
  it('from a newer version, with a pending WAL, is refused and left byte for byte as it was', async () => {
    const dir = tmp();
    const file = withPendingWal(dir, LATEST_SCHEMA_VERSION + 1);
    const before = snapshot(dir);
    const session = new WorkspaceSession(join(tmp(), 'data'), { autoBackup: true });
    await expect(session.open(file)).rejects.toMatchObject({ code: 'workspace_newer', params: { found: LATEST_SCHEMA_VERSION + 1 } });
    session.close();
    const after = snapshot(dir);
    // The WAL still holds the newer version's transaction; SQLite's index file may be rebuilt.
    delete before['w.jaudit-shm'];
    delete after['w.jaudit-shm'];
    expect(after).toEqual(before);
  });

  it("of another program, with a pending WAL, is refused and left as it was", async () => {
    const dir = tmp();
    const file = withPendingWal(dir, 1, 0x12345678);
    const before = snapshot(dir);
    const session = new WorkspaceSession(join(tmp(), 'data'));
    await expect(session.open(file)).rejects.toMatchObject({ code: 'workspace_foreign' });
    const after = snapshot(dir);
    delete before['w.jaudit-shm'];
    delete after['w.jaudit-shm'];
    expect(after).toEqual(before);
  });

  it('is checked read-only: the same bytes, and no -wal or -shm left behind (API and CLI)', () => {
    const dir = tmp();
    const file = join(dir, 'w.jaudit');
    createWorkspaceDb(file).close();
    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual(['w.jaudit']);
    expect(checkWorkspace(file).integrity).toBe('ok');
    expect(snapshot(dir)).toEqual(before);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'check', file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('of 0 bytes is "empty", not "another program\'s database", and stays 0 bytes with nothing beside it', async () => {
    const dir = tmp();
    const file = join(dir, 'empty.jaudit');
    writeFileSync(file, '');
    expect(() => checkWorkspace(file)).toThrow(expect.objectContaining({ code: 'workspace_empty', params: { path: file } }));
    const session = new WorkspaceSession(join(tmp(), 'data'), { autoBackup: true });
    await expect(session.open(file)).rejects.toMatchObject({ code: 'workspace_empty' });
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'check', file], { encoding: 'utf8' });
    expect(r.stderr).toContain('is empty (0 bytes)');
    expect(readdirSync(dir)).toEqual(['empty.jaudit']);
    expect(readFileSync(file).length).toBe(0);
    expect(existsSync(`${file}.backups`)).toBe(false);
  });

  it('while another connection opens it, takes nothing from under that connection', () => {
    // A second window opening the file during the look creates the -wal/-shm pair the look
    // would otherwise have created itself; removing them lost that window's later edits.
    const dir = tmp();
    const file = join(dir, 'w.jaudit');
    createWorkspaceDb(file).close();
    let writer: Database.Database | undefined;
    withReadOnly(file, (db) => {
      writer = new Database(file);
      writer.pragma('wal_autocheckpoint = 0');
      writer.prepare('SELECT count(*) FROM journeys').get();
      return db.pragma('user_version', { simple: true });
    });
    writer!.prepare("INSERT INTO settings (key, value) VALUES ('probe', '1')").run();
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get()).toBe('1');
    reader.close();
    writer!.close();
  });
});
