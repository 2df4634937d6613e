/**
 * Workspace paths that are not files: a folder given as the workspace, or a path that goes
 * through a file as if it were a folder. Each is refused by name, as a typed error, and
 * leaves the open workspace and the disk as they were.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

async function refused(op: string, path: string) {
  const dir = tmp();
  const { backend, raw } = await sampleBackend(dir);
  const target = path.replace('<dir>', dir);
  const before = readdirSync(dir).sort();
  const r = (await raw(op, { path: target })) as Envelope<unknown>;
  const after = readdirSync(dir).sort();
  const open = backend.session.currentPath();
  backend.close();
  return { r, before, after, open, workspace: join(dir, 'w.jaudit') };
}

describe('workspace paths that are not files', () => {
  it.each([
    ['workspace.open', '<dir>', 'workspace_not_sqlite', 'workspace.is_folder'],
    ['workspace.create', '<dir>/w.jaudit/x.jaudit', 'workspace_missing', 'workspace.parent_is_file'],
    ['workspace.saveCopy', '<dir>/w.jaudit/x.jaudit', 'workspace_missing', 'workspace.parent_is_file'],
    ['workspace.open', '<dir>/w.jaudit/x.jaudit', 'workspace_missing', 'error.workspace_missing'],
  ])('%s %s is refused as %s', async (op, path, code, messageCode) => {
    const { r, before, after, open, workspace } = await refused(op, path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.messageCode).toBe(messageCode);
    expect(r.error.params?.path).toBe(path.replace('<dir>', join(workspace, '..')).replace(/\/$/, ''));
    expect(after).toEqual(before);
    expect(open).toBe(workspace);
  });

  it('backups.restore to a path through a file is refused and writes nothing', async () => {
    const dir = tmp();
    const { backend, call, raw } = await sampleBackend(dir);
    const backup = await call<{ name: string }>('backups.create');
    const before = readdirSync(dir).sort();
    const r = (await raw('backups.restore', { name: backup.name, path: join(dir, 'w.jaudit', 'x.jaudit') })) as Envelope<unknown>;
    expect(r.ok ? 'ok' : [r.error.code, r.error.messageCode]).toEqual(['workspace_missing', 'workspace.parent_is_file']);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(backend.session.currentPath()).toBe(join(dir, 'w.jaudit'));
    backend.close();
  });
});
