/**
 * Turns SQLite and file-system failures into the typed errors the UI and CLI show,
 * always naming the file.
 */
import { AppError } from '../../../shared/errors';

interface CodedError {
  code?: string;
  message?: string;
}

export function workspaceError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error ?? {}) as CodedError;
  const code = e.code ?? '';
  const detail = e.message ?? String(error);
  if (code === 'SQLITE_NOTADB')
    return new AppError({ code: 'workspace_not_sqlite', message: `${path} is not a Journey Audit workspace (not an SQLite database)`, params: { path } });
  if (code.startsWith('SQLITE_CORRUPT'))
    return new AppError({ code: 'workspace_corrupt', message: `${path} is damaged: ${detail}`, params: { path, detail } });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError({ code: 'workspace_locked', message: `${path} is locked by another program`, params: { path } });
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM')
    return new AppError({ code: 'workspace_readonly', message: `${path} cannot be written (read-only file or folder)`, params: { path } });
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT')
    return new AppError({ code: 'workspace_missing', message: `${path} cannot be opened: ${detail}`, params: { path } });
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC')
    return new AppError({ code: 'internal', message: `The disk holding ${path} is full`, params: { path } });
  return new AppError({ code: 'internal', message: `${path}: ${detail}`, params: { path } });
}
