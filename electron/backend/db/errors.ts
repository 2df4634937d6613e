/**
 * Turns SQLite and file-system failures into the typed errors the UI and CLI show,
 * always naming the file.
 */
import { AppError } from '../../../shared/errors';
import { appError } from '../../../shared/messages/appError';

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
    return appError('workspace_not_sqlite', 'workspace.not_sqlite', { path });
  if (code === 'SQLITE_ERROR' && /unsupported file format/i.test(detail))
    return appError('workspace_corrupt', 'workspace.unknown_format', { path, detail });
  if (/directory does not exist/i.test(detail))
    return appError('workspace_missing', 'workspace.no_folder', { path });
  if (code.startsWith('SQLITE_CORRUPT'))
    return appError('workspace_corrupt', 'workspace.damaged', { path, detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return appError('workspace_locked', 'workspace.locked', { path });
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return appError('workspace_readonly', 'workspace.readonly', { path });
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT')
    return appError('workspace_missing', 'workspace.cannot_open', { path, detail });
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC')
    return appError('workspace_full', 'workspace.disk_full', { path });
  return appError('workspace_io', 'workspace.io_error', { path, detail });
}
