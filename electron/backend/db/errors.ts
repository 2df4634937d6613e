/**
 * Turns SQLite and file-system failures into the typed errors the UI and CLI show,
 * always naming the file.
 */
import { AppError } from '../../../shared/errors';

interface CodedError {
  code?: string;
  message?: string;
}

const STORAGE_FAILURES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_IOERR'];

/** True for SQLite failing to read or write the file itself (locked, read-only, full, damaged). */
export function isStorageError(error: unknown): boolean {
  const code = (error as CodedError | null)?.code;
  return typeof code === 'string' && STORAGE_FAILURES.some((c) => code.startsWith(c));
}

export function workspaceError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error ?? {}) as CodedError;
  const code = e.code ?? '';
  const detail = e.message ?? String(error);
  if (code === 'SQLITE_NOTADB')
    return new AppError({ code: 'workspace_not_sqlite', message: `${path} is not a Journey Audit workspace (not an SQLite database)`, params: { path } });
  if (code === 'SQLITE_ERROR' && /unsupported file format/i.test(detail))
    return new AppError({ code: 'workspace_corrupt', message: `${path} is damaged (its header names a file format this app cannot read)`, params: { path, detail } });
  if (/directory does not exist/i.test(detail))
    return new AppError({ code: 'workspace_missing', message: `${path} cannot be opened: its folder does not exist`, params: { path } });
  if (code.startsWith('SQLITE_CORRUPT'))
    return new AppError({ code: 'workspace_corrupt', message: `${path} is damaged: ${detail}`, params: { path, detail } });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError({
      code: 'workspace_locked',
      message: `${path} is locked by another program (or another Journey Audit window) that is writing to it; nothing was changed — try again when it has finished`,
      params: { path },
    });
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError({
      code: 'workspace_readonly',
      message: `${path} cannot be written (read-only file or folder); nothing was changed — save a copy elsewhere to keep editing`,
      params: { path },
    });
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT')
    return new AppError({ code: 'workspace_missing', message: `${path} cannot be opened: ${detail}`, params: { path } });
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC')
    return new AppError({ code: 'internal', message: `The disk holding ${path} is full; nothing was changed — free some space and try again`, params: { path } });
  return new AppError({ code: 'internal', message: `${path}: ${detail}`, params: { path } });
}
