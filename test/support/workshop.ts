/**
 * Helpers for tests of the workshop participant server: a backend whose participant page is
 * a small stand-in folder, and plain HTTP requests where the test controls every header.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import { createBackend } from '../../electron/backend';
import type { Limits } from '../../electron/backend/workshop/limits';

export function fakeParticipantDir(dir: string): string {
  const out = join(dir, 'participant');
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>participant</title><script type="module" src="/assets/p.js"></script>');
  writeFileSync(join(out, 'assets', 'p.js'), 'console.log(1)');
  return out;
}

export async function workshopBackend(dir: string, workspace = join(dir, 'w.jaudit'), limits?: Partial<Limits>, create = true) {
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: '0.0.0-test', participantDir: fakeParticipantDir(dir), workshopLimits: limits });
  if (create) await backend.session.create(workspace, { sample: true, lang: 'en' });
  else await backend.session.open(workspace);
  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await backend.dispatch(name, input)) as Envelope<T>;
    if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
    return r.value;
  };
  return { backend, call, raw: (name: string, input: unknown = {}) => backend.dispatch(name, input) };
}

export interface RawResponse {
  status: number;
  body: string;
  json<T = unknown>(): T;
}

/** An HTTP request to `url` with exactly the headers given (Host included, when set). */
export function http(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        ok({ status: res.statusCode ?? 0, body, json: <T>() => JSON.parse(body) as T });
      });
    });
    req.on('error', fail);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

export const postJson = (url: string, value: unknown, headers: Record<string, string> = {}) =>
  http(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });
