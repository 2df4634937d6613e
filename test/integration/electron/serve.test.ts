/**
 * Browser mode's HTTP transport: loopback only, token required, other origins and hosts
 * refused, bad input answered with typed errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { createBackend } from '../../../electron/backend';
import { type RunningServer, startServer } from '../../../electron/server/serve';
import { useTmpDir } from '../../support/tmp';

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
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: 't' });
  await backend.session.create(join(dir, 'w.jaudit'), { sample: true, lang: 'en' });
  server = await startServer({ backend, rendererDir });
  return server;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can set any Host and Origin, as a hostile page could. */
function raw(s: RunningServer, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${s.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

const call = (s: RunningServer, op: string, input: unknown, headers: Record<string, string> = {}) =>
  raw(s, `/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-journey-token': s.token, origin: `http://127.0.0.1:${s.port}`, ...headers },
    body: JSON.stringify(input),
  });

describe('browser-mode transport', () => {
  it('gives an address on 127.0.0.1', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('cannot be reached on the machine\'s other addresses', async (ctx) => {
    const s = await start();
    const other = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    // With no other address there is nothing to try: a skip, not a pass.
    if (!other) return ctx.skip('this machine has no non-loopback IPv4 address to try');
    await expect(
      new Promise((ok, fail) => request({ host: other.address, port: s.port, path: '/' }, ok).on('error', fail).end()),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  it('answers a good call with the value', async () => {
    const s = await start();
    const r = await call(s, 'journeys.list', {});
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.length).toBe(1);
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const s = await start();
    for (const token of ['', 'x'.repeat(s.token.length), s.token.slice(1)]) {
      const r = await call(s, 'journeys.list', {}, { 'x-journey-token': token });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('unauthorized');
    }
  });

  it('refuses another Origin even with the token', async () => {
    const s = await start();
    const r = await call(s, 'journeys.list', {}, { origin: 'http://evil.example' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error.message).toContain('evil.example');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const s = await start();
    const r = await call(s, 'journeys.list', {}, { host: `evil.example:${s.port}` });
    expect(r.status).toBe(421);
  });

  it('refuses form posts and GETs of operations', async () => {
    const s = await start();
    expect((await call(s, 'journeys.list', {}, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await raw(s, '/api/journeys.list', { headers: { 'x-journey-token': s.token } })).status).toBe(401);
  });

  it('gives typed errors for unknown operations, bad JSON and bad input', async () => {
    const s = await start();
    const unknown = await call(s, 'db.exec', { sql: 'DROP TABLE journeys' });
    expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([404, 'unknown_operation']);
    const badJson = await raw(s, '/api/journeys.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-journey-token': s.token },
      body: '{not json',
    });
    expect([badJson.status, JSON.parse(badJson.body).error.code]).toEqual([400, 'validation']);
    const bad = await call(s, 'journeys.create', { name: '', scene: 'moon' });
    const err = JSON.parse(bad.body).error;
    expect(bad.status).toBe(400);
    expect(err.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'scene']);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const s = await start();
    const index = await raw(s, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await raw(s, path);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('outside the renderer');
    }
  });

  it('downloads a consistent copy of the workspace with the token only', async () => {
    const s = await start();
    expect((await raw(s, '/download/workspace?token=wrong')).status).toBe(401);
    const r = await raw(s, `/download/workspace?token=${encodeURIComponent(s.token)}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toContain('w.jaudit');
    expect(r.body.startsWith('SQLite format 3')).toBe(true);
  });
});
