/**
 * Writes that are acknowledged only once on disk, without holding up the event loop while the
 * disk works. The workspace runs WAL with synchronous=FULL: each commit syncs the log before it
 * returns, blocking everything else for that time. Here the commit runs at synchronous=NORMAL
 * (it only writes the log) and the same sync of the log follows on the thread pool; the caller
 * waits for it before answering. What reaches the answer is as durable as under FULL.
 */
import { closeSync, fsync, openSync } from 'node:fs';
import type { Db } from '../db/open';

/** The write-ahead log of a workspace in WAL mode (else null: its commits sync themselves). */
export function walOf(db: Db): string | null {
  return db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal' ? null : `${db.name}-wal`;
}

/** Syncs a file to disk on the thread pool; covers every write made to it before the call. */
export function syncFile(path: string | null): Promise<void> {
  if (!path) return Promise.resolve();
  return new Promise((ok, fail) => {
    let fd: number;
    try {
      fd = openSync(path, 'r+');
    } catch (e) {
      return fail(e);
    }
    fsync(fd, (e) => {
      try {
        closeSync(fd);
      } catch {
        // the sync's own outcome is what counts
      }
      if (e) fail(e);
      else ok();
    });
  });
}

/** Runs `write` in one transaction whose log is written but not yet synced; restores FULL after. */
export function commitUnsynced<T>(db: Db, wal: string | null, write: () => T): T {
  if (wal) db.pragma('synchronous = NORMAL');
  try {
    return db.transaction(write)();
  } finally {
    if (wal) db.pragma('synchronous = FULL');
  }
}

/** Commits `write` and resolves with its result once the commit is on disk. */
export async function commitDurably<T>(db: Db, write: () => T): Promise<T> {
  const wal = walOf(db);
  const value = commitUnsynced(db, wal, write);
  await syncFile(wal);
  return value;
}
