/**
 * Checks on a path a workspace is opened from or written to, before SQLite or the file
 * system meet it: a folder is not a workspace, and a file cannot hold another file. Each
 * is refused by name instead of surfacing as a raw I/O failure.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { appError } from '../../../shared/messages/appError';

const kindOf = (path: string): 'file' | 'folder' | null => {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
};

/** Refuses a folder where a workspace file is expected. */
export function assertNotFolder(path: string): void {
  if (kindOf(path) === 'folder') throw appError('workspace_not_sqlite', 'workspace.is_folder', { path });
}

/** Refuses a new file whose nearest existing ancestor is a file rather than a folder. */
export function assertParentIsFolder(path: string): void {
  for (let parent = dirname(path); ; parent = dirname(parent)) {
    const kind = kindOf(parent);
    if (kind === 'file') throw appError('workspace_missing', 'workspace.parent_is_file', { path, parent });
    if (kind === 'folder' || dirname(parent) === parent) return;
  }
}
