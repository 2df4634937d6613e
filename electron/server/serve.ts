/**
 * Browser mode's HTTP transport: serves the built renderer and the contract's operations
 * on 127.0.0.1 only. Every API call needs the per-run token, a matching Host and, when the
 * browser sends one, a matching Origin — so other sites and other local users cannot call it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { AppErrorData, Envelope } from '../../shared/errors';
import type { Backend } from '../backend';
import { findStatic } from './static-files';

// An ES import of node:http builds its whole namespace, which loads Node's bundled fetch
// client (undici) for the WebSocket getters: ~40 ms of start-up for nothing.
const { createServer } = process.getBuiltinModule('node:http');

export const HOST = '127.0.0.1';
const MAX_BODY = 64 * 1024 * 1024;

const STATUS: Partial<Record<AppErrorData['code'], number>> = {
  unauthorized: 401,
  unknown_operation: 404,
  validation: 400,
  not_found: 404,
  internal: 500,
};

export interface ServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 422);
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

const deny = (res: ServerResponse, message: string): void => sendEnvelope(res, { ok: false, error: { code: 'unauthorized', message } });

/**
 * The request target as a URL on our own origin, or null when it is not one: only the
 * origin form ("/path?query") is served; absolute forms and unparsable targets are refused.
 */
export function requestUrl(target: string | undefined, origin: string): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    const url = new URL(target, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const rendererDir = resolve(opts.rendererDir);
  let origin = '';

  const tokenOk = (given: string | null | undefined) => {
    const buf = Buffer.from(given ?? '');
    return buf.length === tokenBuf.length && timingSafeEqual(buf, tokenBuf);
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return deny(res, 'Operations are called with POST');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return deny(res, `Requests from ${req.headers.origin} are not allowed`);
    }
    if (!tokenOk(req.headers['x-journey-token'] as string | undefined)) {
      return deny(res, 'Missing or wrong access token');
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return void sendEnvelope(res, { ok: false, error: { code: 'validation', message: 'Operations take a JSON body' } });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (e) {
      return void sendEnvelope(res, { ok: false, error: { code: 'validation', message: `Body is not valid JSON: ${(e as Error).message}` } });
    }
    sendEnvelope(res, await opts.backend.dispatch(name, input));
  }

  async function handleDownload(res: ServerResponse, url: URL): Promise<void> {
    if (!tokenOk(url.searchParams.get('token'))) return deny(res, 'Missing or wrong access token');
    const status = opts.backend.session.status();
    const dir = mkdtempSync(join(tmpdir(), 'journey-audit-copy-'));
    const file = join(dir, basename(status.path ?? 'workspace.jaudit'));
    try {
      const { bytes } = await opts.backend.session.saveCopy(file);
      res.writeHead(200, {
        'content-type': 'application/vnd.sqlite3',
        'content-length': String(bytes),
        'content-disposition': `attachment; filename="${encodeURIComponent(basename(file))}"`,
        'x-content-type-options': 'nosniff',
      });
      const stream = createReadStream(file);
      stream.pipe(res);
      await new Promise<void>((done) => stream.on('close', () => done()));
    } catch (error) {
      sendEnvelope(res, { ok: false, error: { code: 'internal', message: (error as Error).message } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPathname: string): Promise<void> {
    const answer = await findStatic(rendererDir, req.method, rawPathname);
    if (answer.status !== 200) return send(res, answer.status, answer.reason, 'text/plain; charset=utf-8');
    res.writeHead(200, answer.headers);
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(answer.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    // A page on another site that resolves its own name to 127.0.0.1 still sends its own Host.
    if (req.headers.host !== origin.slice('http://'.length)) return send(res, 421, 'Wrong host', 'text/plain');
    const url = requestUrl(req.url, origin);
    if (!url) return send(res, 400, 'Bad request target', 'text/plain');
    const failed = (e: unknown) => {
      if (res.headersSent) res.destroy();
      else sendEnvelope(res, { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
    };
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch(failed);
    } else if (url.pathname === '/download/workspace') {
      handleDownload(res, url).catch(failed);
    } else {
      serveStatic(req, res, url.pathname).catch(failed);
    }
  }

  // Nothing a client sends may throw out of the handler: that would end the process.
  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      if (res.headersSent) res.destroy();
      else send(res, 500, `Internal error: ${e instanceof Error ? e.message : String(e)}`, 'text/plain; charset=utf-8');
    }
  });

  // CONNECT and protocol upgrades are not spoken here; without these, Node drops the socket unanswered.
  const refuseRaw = (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  };
  server.on('connect', refuseRaw);
  server.on('upgrade', refuseRaw);

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, HOST, () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://${HOST}:${port}`;
      ok({
        url: `${origin}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
