/**
 * Looking into a workspace file without changing anything beside it.
 *
 * A read-only SQLite connection to a WAL database creates `-wal` and `-shm` files next to it,
 * and removing them afterwards is unsafe: another process (a second window, the CLI) may have
 * opened the workspace in the meantime and be writing to exactly those files. So a look
 * creates nothing: without a WAL the main file holds every committed page and is read into
 * memory; with one (a running app, a crash) the file is opened read-only, the WAL is read,
 * never checkpointed, and left as it was, being someone else's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { appError } from '../../../shared/messages/appError';

/** A 0-byte file is "empty": SQLite would take it for a blank database of its own. */
export function assertNotEmpty(path: string): void {
  if (statSync(path).size === 0) {
    throw appError('workspace_empty', 'error.workspace_empty', { path });
  }
}

/** Bytes 18–19 of the header say "WAL"; an in-memory copy must read as rollback-journal. */
const WAL_FORMAT = 2;

function inMemoryCopy(path: string): Database.Database {
  const bytes = readFileSync(path);
  if (bytes.length >= 20 && bytes[18] === WAL_FORMAT && bytes[19] === WAL_FORMAT) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true });
}

export function withReadOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const walInUse = existsSync(`${path}-wal`) || existsSync(`${path}-shm`);
  const db = walInUse ? new Database(path, { readonly: true, fileMustExist: true }) : inMemoryCopy(path);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * A look just before the file is opened for editing: a plain read-only connection, whose
 * -wal/-shm files (if it made them) are left for the connection that follows. Removing them
 * could pull them from under another window that opened the file meanwhile.
 */
export function withReadOnlyConnection<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
