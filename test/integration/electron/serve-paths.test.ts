/**
 * Over browser mode's HTTP transport, no operation reads a path the user did not pick or
 * overwrites an existing file; replacing a file takes the CLI's --force (or the desktop
 * dialog's own confirmation), which the contract cannot express.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { type RunningServer, startServer } from '../../../electron/server/serve';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = useTmpDir();
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const dir = tmp();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: 't' });
  await backend.session.create(join(dir, 'w.jaudit'), { sample: true, lang: 'en' });
  server = await startServer({ backend, rendererDir });
  return { dir, s: server };
}

function call(s: RunningServer, op: string, input: unknown): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const body = JSON.stringify(input);
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: `/api/${op}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-journey-token': s.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Another program's SQLite database. */
function foreignDb(file: string): void {
  const db = new Database(file);
  db.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('not yours')");
  db.close();
}

describe('path operations over HTTP', () => {
  it('never reads a file by path: the importer takes uploaded bytes only', async () => {
    const { dir, s } = await start();
    const secret = join(dir, 'secret.csv');
    writeFileSync(secret, 'password\nhunter2\n');
    for (const path of [secret, '/etc/passwd']) {
      const r = await call(s, 'import.preview', { source: { kind: 'path', path }, options: {}, surveyId: null });
      // The same call with the file's bytes is valid, so the refusal is about the path alone.
      if (path === secret) {
        const bytes = await call(s, 'import.preview', { source: { kind: 'bytes', name: 'secret.csv', base64: readFileSync(secret).toString('base64') }, options: {}, surveyId: null });
        expect(bytes.status).toBe(200);
      }
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body).error.code).toBe('validation');
      expect(r.body).not.toContain('hunter2');
      expect(r.body).not.toContain('root:');
    }
  });

  it('refuses to save a copy over an existing file, and leaves its bytes alone', async () => {
    const { dir, s } = await start();
    const other = join(dir, 'other-app.db');
    foreignDb(other);
    const before = sha(other);
    const r = await call(s, 'workspace.saveCopy', { path: other });
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'workspace_exists', params: { path: other } });
    const forced = await call(s, 'workspace.saveCopy', { path: other, overwrite: true });
    expect(forced.status).toBe(400);
    expect(sha(other)).toBe(before);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });

  it('saves a copy to a new file', async () => {
    const { dir, s } = await start();
    const dest = join(dir, 'copies', 'copy.jaudit');
    const r = await call(s, 'workspace.saveCopy', { path: dest });
    expect(r.status).toBe(200);
    expect(readFileSync(dest).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('replaces an existing file from the CLI only with --force', () => {
    const dir = tmp();
    const ws = join(dir, 'w.jaudit');
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), ...args], { encoding: 'utf8' });
    expect(cli('init', ws, '--sample').status).toBe(0);
    const other = join(dir, 'other-app.db');
    foreignDb(other);
    const before = sha(other);
    const refused = cli('copy', ws, other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(sha(other)).toBe(before);
    const forced = cli('copy', ws, other, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    const copy = new Database(other, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'journeys'").get()).toEqual({ n: 1 });
    copy.close();
  });
});
