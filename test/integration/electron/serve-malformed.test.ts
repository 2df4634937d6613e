/**
 * Browser mode must survive anything a local process sends: malformed request targets get
 * 400, traversal is still refused, and a fuzz of request lines and headers over a raw socket
 * never takes the server down. Runs against the built server as its own process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserModeApp, startBrowserMode } from '../../support/browser-mode';

let app: BrowserModeApp;
let dataDir: string;
let port: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ja-serve-'));
  app = await startBrowserMode({ dataDir });
  port = Number(new URL(app.origin).port);
}, 30_000);

afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sends raw bytes and collects what comes back until the server closes or goes quiet. */
function rawRequest(bytes: string | Buffer, quietMs = 1500): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = () => {
      socket.destroy();
      ok(reply);
    };
    let timer = setTimeout(done, quietMs);
    socket.on('data', (c) => {
      reply += c.toString('latin1');
      // One complete answer is enough: the fuzz only asks that the server answers.
      clearTimeout(timer);
      timer = setTimeout(done, 50);
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? done() : fail(e)));
    socket.write(bytes);
  });
}

const request = (target: string, headers: Record<string, string> = {}) => {
  const lines = [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return rawRequest(lines.join('\r\n') + '\r\n\r\n');
};

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

async function expectAlive(): Promise<void> {
  expect(app.process.exitCode).toBeNull();
  const reply = await request('/');
  expect(statusOf(reply)).toBe(200);
  expect(reply).toContain('<!doctype html>');
}

describe('browser mode against malformed requests', () => {
  it.each(['/%ZZ', '/%', '/%E0%A4%A', '/assets/%C0%AF', '/%00', '/assets/%ED%A0%80', 'http://[', 'http://a:b@[::1', '//[', '*'])(
    'answers %s with 400 and stays up',
    async (target) => {
      expect(statusOf(await request(target))).toBe(400);
      await expectAlive();
    },
  );

  it('still refuses to leave the renderer folder', async () => {
    for (const target of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/..%5cpackage.json', '/assets/..%2f..%2f..%2fpackage.json']) {
      const reply = await request(target);
      expect(statusOf(reply), target).toBe(404);
      expect(reply).not.toContain('"name": "journey-audit"');
    }
    await expectAlive();
  });

  it('serves a client-side route with the app and a missing asset with 404', async () => {
    expect(statusOf(await request('/journeys'))).toBe(200);
    expect(statusOf(await request('/assets/missing.js'))).toBe(404);
  });

  it('answers every fuzzed request line and header set, and stays up', async () => {
    const token = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('%', '%ZZ', '%C0%AF', '%E0%A4%A', '[', '@', '::1', '..', '%2e%2e', '\\', '?', '#', 'http://', '%00', '/api/', '/download/workspace'),
    );
    const target = fc.array(token, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'CONNECT', 'G\u00e9T', '');
    // Length-bearing headers are left out: a request that promises a body would (rightly) wait for it.
    const headerName = fc.oneof(fc.constantFrom('Host', 'Origin', 'X-Journey-Token', 'Content-Type', 'Cookie', 'Upgrade', 'Expect'), fc.string({ minLength: 1, maxLength: 12 }))
      .filter((n) => !/content-length|transfer-encoding|connection/i.test(n));
    const header = fc.tuple(headerName, fc.string({ unit: 'binary', maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(method, target, fc.array(header, { maxLength: 4 }), fc.boolean(), async (m, t, hs, withHost) => {
        const lines = [`${m} ${t} HTTP/1.1`];
        if (withHost) lines.push(`Host: 127.0.0.1:${port}`);
        for (const [k, v] of hs) lines.push(`${k}: ${v}`);
        lines.push('Connection: close');
        const reply = await rawRequest(Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'utf8'));
        expect(reply, `no answer to ${JSON.stringify(lines)}`).toMatch(/^HTTP\/1\.[01] \d{3}/);
        expect(app.process.exitCode, `server exited after ${JSON.stringify(lines)}`).toBeNull();
      }),
      { numRuns: 300 },
    );
    await expectAlive();
  }, 120_000);
});
