/**
 * The participant server: a second HTTP listener, separate from the facilitator's transport,
 * bound to one chosen address while a session runs. Its whole route table:
 *   GET  /                       participant page (room-code entry)
 *   GET  /s/<token>              participant page for the session
 *   GET  /assets/<file>          the page's own scripts and styles
 *   POST /api/code               room code → session link
 *   GET  /api/s/<token>/info     the journey's name and whether a department is asked
 *   POST /api/s/<token>/join     join (optional nickname and department)
 *   GET  /api/s/<token>/items    the open items and this phone's votes
 *   POST /api/s/<token>/vote     votes (idempotent per participant, touchpoint and measure)
 *   GET  /api/s/<token>/events   push channel (server-sent events): "changed" when items open or lock
 * Nothing else: no contract operation is reachable through it.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { AppError } from '../../../shared/errors';
import { appError } from '../../../shared/messages/appError';
import { DEFAULT_LIMITS, type Limits, RateLimiter } from './limits';

const { createServer } = process.getBuiltinModule('node:http');

/** What the server asks of the session behind it. Each may throw an AppError. */
export interface ParticipantApi {
  token: string;
  code: string;
  info(): unknown;
  /** Settles once the participant is on disk. */
  join(body: unknown): Promise<unknown>;
  items(participantId: string): unknown;
  /** Settles once the accepted votes are on disk. */
  vote(participantId: string, body: unknown): Promise<unknown>;
}

export interface ParticipantServer {
  host: string;
  port: number;
  /** Base address, e.g. http://192.168.1.20:53711 */
  origin: string;
  participantUrl: string;
  /** Tells every connected phone to reload its items. */
  notify(): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const STATUS: Record<string, number> = { validation: 400, unauthorized: 401, not_found: 404, conflict: 409, workshop_full: 429, workshop_locked: 409 };

const hostPart = (host: string) => (host.includes(':') ? `[${host}]` : host);

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', ...extra });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const error = (res: ServerResponse, e: unknown) => {
  const data: { code: string; message: string; params?: unknown } = e instanceof AppError ? e.toJSON() : { code: 'internal', message: (e as Error).message };
  json(res, STATUS[data.code] ?? 500, { ok: false, error: { code: data.code, message: data.message, params: data.params } });
};

function readBody(req: IncomingMessage, max: number): Promise<unknown> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is drained and dropped (the request timeout bounds it), so the refusal still reaches the phone.
      if (size > max) fail(appError('validation', 'workshop.too_large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      if (size > max) return;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        ok(text.trim() === '' ? {} : JSON.parse(text));
      } catch {
        fail(appError('validation', 'workshop.bad_json'));
      }
    });
    req.on('error', fail);
  });
}

export function startParticipantServer(opts: { host: string; port?: number; participantDir: string; api: ParticipantApi; limits?: Partial<Limits> }): Promise<ParticipantServer> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const rate = new RateLimiter(limits.ratePerSecond, limits.burst);
  const codeRate = new RateLimiter(limits.codeTriesPerMinute / 60, limits.codeTriesPerMinute);
  const { api } = opts;
  const tokenBuf = Buffer.from(api.token);
  const tokenOk = (given: string) => {
    const b = Buffer.from(given);
    return b.length === tokenBuf.length && timingSafeEqual(b, tokenBuf);
  };
  const streams = new Set<ServerResponse>();
  let origin = '';
  let hostHeader = '';
  let page: Buffer | null = null;

  const servePage = (res: ServerResponse) => {
    try {
      page ??= readFileSync(join(opts.participantDir, 'index.html'));
      send(res, 200, page, MIME['.html']!, { 'content-security-policy': CSP, 'x-frame-options': 'DENY' });
    } catch {
      send(res, 500, 'The participant page is not built', 'text/plain');
    }
  };

  const serveAsset = (res: ServerResponse, name: string) => {
    const dir = normalize(join(opts.participantDir, 'assets'));
    const file = normalize(join(dir, name));
    if (!file.startsWith(dir + sep) || !MIME[extname(file)]) return send(res, 404, 'Not found', 'text/plain');
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      send(res, 200, readFileSync(file), MIME[extname(file)]!, { 'cache-control': 'max-age=86400' });
    } catch {
      send(res, 404, 'Not found', 'text/plain');
    }
  };

  const openStream = (req: IncomingMessage, res: ServerResponse) => {
    if (streams.size >= limits.maxStreams) return send(res, 503, 'Too many connections', 'text/plain');
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'keep-alive' });
    res.write('retry: 2000\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== hostHeader) return send(res, 421, 'Wrong host', 'text/plain');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'Wrong origin', 'text/plain');
    const client = req.socket.remoteAddress ?? '';
    if (!rate.take(client)) return send(res, 429, 'Too many requests', 'text/plain', { 'retry-after': '1' });
    const url = new URL(req.url ?? '/', origin);
    const parts = url.pathname.split('/').filter(Boolean);
    const get = req.method === 'GET' || req.method === 'HEAD';
    const post = req.method === 'POST';

    if (get && parts.length === 0) return servePage(res);
    if (get && parts.length === 2 && parts[0] === 's') return tokenOk(parts[1]!) ? servePage(res) : send(res, 404, 'Not found', 'text/plain');
    if (get && parts.length === 2 && parts[0] === 'assets') return serveAsset(res, parts[1]!);
    if (post && url.pathname === '/api/code') {
      if (!codeRate.take(client)) return send(res, 429, 'Too many tries', 'text/plain', { 'retry-after': '60' });
      const body = (await readBody(req, 1024)) as { code?: unknown };
      return String(body.code ?? '').trim() === api.code ? json(res, 200, { ok: true, value: { path: `/s/${api.token}` } }) : error(res, appError('not_found', 'workshop.no_code'));
    }
    if (parts.length === 4 && parts[0] === 'api' && parts[1] === 's' && tokenOk(parts[2]!)) {
      const action = parts[3];
      const participant = url.searchParams.get('p') ?? '';
      if (get && action === 'info') return json(res, 200, { ok: true, value: api.info() });
      if (post && action === 'join') return json(res, 200, { ok: true, value: await api.join(await readBody(req, limits.maxBody)) });
      if (get && action === 'items') return json(res, 200, { ok: true, value: api.items(participant) });
      if (post && action === 'vote') return json(res, 200, { ok: true, value: await api.vote(participant, await readBody(req, limits.maxBody)) });
      if (get && action === 'events') {
        api.items(participant); // refuses an unknown participant
        return openStream(req, res);
      }
    }
    send(res, 404, 'Not found', 'text/plain');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (!res.headersSent) error(res, e);
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  // Phones tap every few seconds: keep their connection rather than race a close against the next vote.
  server.keepAliveTimeout = 30_000;

  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(': keep-alive\n\n');
  }, 20_000);
  heartbeat.unref();

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host, () => {
      const port = (server.address() as AddressInfo).port;
      hostHeader = `${hostPart(opts.host)}:${port}`;
      origin = `http://${hostHeader}`;
      ok({
        host: opts.host,
        port,
        origin,
        participantUrl: `${origin}/s/${api.token}`,
        notify: () => {
          for (const s of streams) s.write('event: changed\ndata: {}\n\n');
        },
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            for (const s of streams) s.end();
            streams.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
