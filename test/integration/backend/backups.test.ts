/**
 * Rotating automatic backups: consistent copies taken with the online backup API, at open
 * when the last is old and after edits, the newest ten kept, restored only to a new file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../electron/backend/db/check';
import {
  backupDirOf,
  backupHandlers,
  backupIfStale,
  createBackup,
  listBackups,
  restoreBackup,
} from '../../../electron/backend/workspace/backups';
import { WorkspaceSession } from '../../../electron/backend/workspace/session';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

async function workspace(opts: ConstructorParameters<typeof WorkspaceSession>[1] = {}) {
  const dir = tmp();
  const path = join(dir, 'project.jaudit');
  const session = new WorkspaceSession(dir, opts);
  await session.create(path, { sample: true, lang: 'en' });
  return { dir, path, session, db: session.requireDb() };
}

const journeyName = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM journeys').pluck().get() as string) ?? null;
  } finally {
    db.close();
  }
};

describe('automatic backups', () => {
  it('are consistent copies of the open workspace, listed newest first', async () => {
    const { path, session, db } = await workspace();
    const first = await createBackup(db, path, { now: new Date('2026-01-01T10:00:00.000Z') });
    db.prepare("UPDATE journeys SET name = 'Renamed'").run();
    const second = await createBackup(db, path, { now: new Date('2026-01-01T11:00:00.000Z') });
    expect(first.name).toBe('project-2026-01-01T10-00-00-000Z.jaudit');
    expect(listBackups(path).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(checkWorkspace(first.path).integrity).toBe('ok');
    expect(journeyName(first.path)).not.toBe('Renamed');
    expect(journeyName(second.path)).toBe('Renamed');
    expect(readdirSync(backupDirOf(path)).some((f) => f.endsWith('.partial'))).toBe(false);
    session.close();
  });

  it('keep only the newest ten', async () => {
    const { path, session, db } = await workspace();
    for (let i = 0; i < 13; i++) await createBackup(db, path, { now: new Date(Date.UTC(2026, 0, 1, i)) });
    const kept = listBackups(path);
    expect(kept).toHaveLength(10);
    expect(kept[0]!.createdAt).toBe('2026-01-01T12:00:00.000Z');
    expect(kept.at(-1)!.createdAt).toBe('2026-01-01T03:00:00.000Z');
    session.close();
  });

  it('are taken at open only when the newest is older than the limit', async () => {
    const { path, session, db } = await workspace();
    const policy = { keep: 10, maxAgeMs: 6 * 3600_000, intervalMs: 60_000 };
    const t0 = new Date('2026-03-01T08:00:00.000Z');
    expect(await backupIfStale(db, path, policy, t0)).not.toBeNull();
    expect(await backupIfStale(db, path, policy, new Date(t0.getTime() + 5 * 3600_000))).toBeNull();
    expect(await backupIfStale(db, path, policy, new Date(t0.getTime() + 7 * 3600_000))).not.toBeNull();
    expect(listBackups(path)).toHaveLength(2);
    session.close();
  });

  it('are taken when an existing file is opened, and then periodically only after edits', async () => {
    const { dir, path, session } = await workspace();
    session.close();
    const app = new WorkspaceSession(dir, { autoBackup: { keep: 10, maxAgeMs: 3600_000, intervalMs: 3600_000 } });
    await app.open(path);
    const auto = app.backups()!;
    await auto.idle();
    expect(listBackups(path)).toHaveLength(1);
    await auto.tick();
    expect(listBackups(path)).toHaveLength(1); // nothing changed since
    app.requireDb().prepare("UPDATE journeys SET name = 'Edited'").run();
    await auto.tick();
    const all = listBackups(path);
    expect(all).toHaveLength(2);
    expect(journeyName(all[0]!.path)).toBe('Edited');
    app.close();
  });

  it('never stop the app when the folder cannot be written', async () => {
    const { dir, path, session } = await workspace();
    session.close();
    writeFileSync(backupDirOf(path), 'a file where the folder should be');
    const app = new WorkspaceSession(dir, { autoBackup: true });
    await app.open(path);
    await app.backups()!.idle();
    expect(app.backups()!.lastError).toContain(backupDirOf(path));
    expect(app.status().path).toBe(path);
    app.close();
  });

  it('restore to a new file and open it, leaving the current file as it was', async () => {
    const { dir, path, session, db } = await workspace();
    const backup = await createBackup(db, path);
    db.prepare("UPDATE journeys SET name = 'After the backup'").run();
    const handlers = backupHandlers(session);
    const restored = await handlers['backups.restore']({ name: backup.name });
    expect(restored.path).not.toBe(path);
    expect(restored.path.startsWith(dir)).toBe(true);
    expect(session.status().path).toBe(restored.path);
    expect(journeyName(restored.path)).not.toBe('After the backup');
    expect(journeyName(path)).toBe('After the backup');
    expect(checkWorkspace(path).counts.touchpoints).toBe(checkWorkspace(restored.path).counts.touchpoints);
    session.close();
  });

  it('refuse to overwrite any existing file, and unknown backup names', async () => {
    const { dir, path, session, db } = await workspace();
    const backup = await createBackup(db, path);
    const other = join(dir, 'other.jaudit');
    writeFileSync(other, 'precious');
    await expect(restoreBackup(path, backup.name, other)).rejects.toMatchObject({ code: 'workspace_exists' });
    await expect(restoreBackup(path, backup.name, path)).rejects.toMatchObject({ code: 'workspace_exists' });
    expect(readFileSync(other, 'utf8')).toBe('precious');
    await expect(restoreBackup(path, '../project.jaudit', join(dir, 'x.jaudit'))).rejects.toMatchObject({ code: 'not_found' });
    const listed = await backupHandlers(session)['backups.list']({});
    expect(listed.backups.map((b) => b.name)).toEqual([backup.name]);
    session.close();
  });

  it('list and create through the handlers, with a backup taken while the file is being written', async () => {
    const { session, db } = await workspace();
    const originalName = db.prepare('SELECT name FROM journeys').pluck().get() as string;
    const pending = backupHandlers(session)['backups.create']({});
    db.prepare("UPDATE journeys SET name = 'During'").run();
    const made = await pending;
    expect(checkWorkspace(made.path).integrity).toBe('ok');
    // The copy is one consistent state: the journey's name before the write or after it.
    const copy = new Database(made.path, { readonly: true });
    const names = copy.prepare('SELECT name FROM journeys').pluck().all() as string[];
    copy.close();
    expect(names).toHaveLength(1);
    expect(['During', originalName]).toContain(names[0]);
    const listed = await backupHandlers(session)['backups.list']({});
    expect(listed.backups.map((b) => b.name)).toContain(made.name);
    session.close();
  });
});
