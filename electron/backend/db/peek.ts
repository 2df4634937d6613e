/**
 * Looking into a workspace file without changing anything beside it. A read-only SQLite
 * connection to a WAL database still creates `-wal` and `-shm` files next to it; these are
 * removed again when this look created them and the WAL holds nothing. A WAL that was
 * already there (a running app, a crash) is read, never checkpointed, and left as it was.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';

/** A 0-byte file is "empty": SQLite would take it for a blank database of its own. */
export function assertNotEmpty(path: string): void {
  if (statSync(path).size === 0) {
    throw new AppError({ code: 'workspace_empty', message: `${path} is empty (0 bytes): it holds no workspace`, params: { path } });
  }
}

export function withReadOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const wal = `${path}-wal`;
  const shm = `${path}-shm`;
  const had = { wal: existsSync(wal), shm: existsSync(shm) };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
    if (!had.wal && existsSync(wal) && statSync(wal).size === 0) {
      rmSync(wal, { force: true });
      if (!had.shm) rmSync(shm, { force: true });
    }
  }
}
