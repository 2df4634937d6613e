/**
 * `workspace.about`: the running version, the open workspace's schema version, its path and
 * its size on disk, through the backend's dispatch and through browser mode's HTTP transport.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/db/migrations';
import { startServer } from '../../../electron/server/serve';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

interface About {
  appVersion: string;
  schemaVersion: number;
  path: string;
  bytes: number;
}

describe('workspace.about', () => {
  it('answers through dispatch with the open file as it is on disk', async () => {
    const { backend, call, dir } = await sampleBackend(tmp());
    const about = await call<About>('workspace.about');
    expect(about).toEqual({ appVersion: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, path: join(dir, 'w.jaudit'), bytes: statSync(join(dir, 'w.jaudit')).size });
    expect(about.bytes).toBeGreaterThan(0);
    backend.close();
  });

  it('says no workspace is open, and refuses input it does not take', async () => {
    const backend = createBackend({ mode: 'browser', dataDir: tmp(), appVersion: 't' });
    const none = await backend.dispatch('workspace.about', {});
    expect(!none.ok && none.error.code).toBe('no_workspace');
    const extra = await backend.dispatch('workspace.about', { path: '/etc/passwd' });
    expect(!extra.ok && extra.error.code).toBe('validation');
    backend.close();
  });

  it('answers over browser mode HTTP', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
    const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: '1.2.3' });
    const path = join(dir, 'about.jaudit');
    await backend.session.create(path, { sample: false, lang: 'zh-CN' });
    const server = await startServer({ backend, rendererDir: join(dir, 'renderer') });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const res = await fetch(`${origin}/api/workspace.about`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-journey-token': server.token, origin },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, value: { appVersion: '1.2.3', schemaVersion: LATEST_SCHEMA_VERSION, path, bytes: statSync(path).size } });
    } finally {
      await server.close();
      backend.close();
    }
  });
});
