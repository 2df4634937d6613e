/**
 * The room of the workshop benchmark, in its own process (so the server keeps a core to itself,
 * as it would with real phones): N phones and the facilitator's projector, all plain HTTP
 * clients on 127.0.0.1. Run by workshop.bench.ts with Node's type stripping; it imports
 * nothing but Node, so it needs no build.
 *
 * Each phone does what the participant page does: joins, opens its push stream (server-sent
 * events) and keeps it open, reads its items, then taps one rating at a time with a pause,
 * resending a vote whose connection broke (votes are idempotent). The projector waits on
 * `workshop.status` through browser mode's HTTP transport, as the facilitator's window does,
 * and notes when its vote counter passes each number. At the end the projector reveals the
 * results, every phone must hear the change on its stream, and the results must count exactly
 * the acknowledged votes.
 *
 * Input: one JSON argument (see Config). Output: one JSON line (see RoomReport) on stdout.
 */
import { Agent, type IncomingMessage, request } from 'node:http';
import { performance } from 'node:perf_hooks';

interface Config {
  participantApi: string;
  facilitator: { origin: string; token: string };
  sessionId: string;
  touchpoints: string[];
  measures: string[];
  phones: number;
  pauseMs: number;
  arrivalMs: number;
}

/** One acknowledged vote: who, what, and when it was first sent and acknowledged. */
type Acked = [participant: string, touchpoint: string, measure: string, value: number, sentAt: number, ackAt: number];

export interface RoomReport {
  acked: Acked[];
  refused: number;
  resent: number;
  streamsOpen: number;
  streamsToldOfReveal: number;
  itemsSeen: number;
  /** Projector: when (ms, same clock as sentAt) its vote counter first reached k + 1. */
  seenAt: number[];
  projectorUpdates: number;
  resultsMismatch: string[];
  seconds: number;
  /** CPU time this process used (user + system), ms. */
  cpuMs: number;
}

const cfg = JSON.parse(process.argv[2]!) as Config;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function send(agent: Agent | false, url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((ok, fail) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const h: Record<string, string | number> = { ...headers };
    if (data !== undefined) Object.assign(h, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    const req = request(url, { method: data === undefined ? 'GET' : 'POST', agent, headers: h }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', fail);
    req.end(data);
  });
}

let resent = 0;
async function sendRetrying(agent: Agent, url: string, body: unknown): Promise<{ status: number; text: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(agent, url, body);
    } catch (e) {
      if (attempt >= 5) throw e;
      resent++;
      await sleep(200);
    }
  }
}

const facilitator = <T>(op: string, input: unknown): Promise<T> =>
  send(false, `${cfg.facilitator.origin}/api/${op}`, input, { 'x-journey-token': cfg.facilitator.token }).then((r) => {
    const env = JSON.parse(r.text) as { ok: boolean; value: T; error?: { message: string } };
    if (!env.ok) throw new Error(`${op}: ${env.error?.message}`);
    return env.value;
  });

/** The phone's push stream: resolves once open; counts "changed" events. */
function openStream(url: string, onChanged: () => void): Promise<IncomingMessage> {
  return new Promise((ok, fail) => {
    const req = request(url, { agent: false }, (res) => {
      if (res.statusCode !== 200) return fail(new Error(`events: HTTP ${res.statusCode}`));
      res.setEncoding('utf8');
      let opened = false;
      res.on('data', (c: string) => {
        if (!opened) {
          opened = true;
          ok(res);
        }
        for (const line of c.split('\n')) if (line === 'event: changed') onChanged();
      });
      res.on('error', () => undefined);
    });
    req.on('error', fail);
    req.end();
  });
}

async function main(): Promise<void> {
  const acked: Acked[] = [];
  const streams: IncomingMessage[] = [];
  const told = new Set<number>();
  let refused = 0;
  let itemsSeen = 0;

  // The projector: long-polls the facilitator's view and notes when each vote count is first shown.
  const seenAt: number[] = [];
  let projectorUpdates = 0;
  let watching = true;
  const projector = (async () => {
    let view = await facilitator<{ seq: number; votes: number }>('workshop.status', { sessionId: cfg.sessionId });
    while (watching) {
      view = await facilitator<{ seq: number; votes: number }>('workshop.status', { sessionId: cfg.sessionId, since: view.seq, waitMs: 500 });
      const at = performance.now();
      projectorUpdates++;
      while (seenAt.length < view.votes) seenAt.push(at);
    }
  })();

  const started = performance.now();
  await Promise.all(
    Array.from({ length: cfg.phones }, async (_, i) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      await sleep(Math.random() * cfg.arrivalMs);
      const joined = await sendRetrying(agent, `${cfg.participantApi}/join`, { nickname: `p${i}`, department: '' });
      const participant = (JSON.parse(joined.text) as { value: { participantId: string } }).value.participantId;
      streams.push(await openStream(`${cfg.participantApi}/events?p=${participant}`, () => told.add(i)));
      const items = JSON.parse((await send(agent, `${cfg.participantApi}/items?p=${participant}`, undefined)).text) as { value: { items: unknown[] } };
      itemsSeen += items.value.items.length;
      const order = cfg.touchpoints.map((t, k) => [t, k] as const).sort(() => Math.random() - 0.5);
      for (const [t, k] of order) {
        for (const [m, measure] of cfg.measures.entries()) {
          await sleep(Math.random() * cfg.pauseMs);
          const value = 1 + ((i + k + m) % 5);
          const sentAt = performance.now();
          const r = await sendRetrying(agent, `${cfg.participantApi}/vote?p=${participant}`, { votes: [{ touchpointId: t, measure, value }] });
          const ok = r.status === 200 && (JSON.parse(r.text) as { value: { accepted: number } }).value.accepted === 1;
          if (ok) acked.push([participant, t, measure, value, sentAt, performance.now()]);
          else refused++;
        }
      }
      agent.destroy();
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // Let the projector catch up with the last votes (it must, or the run fails on the count).
  for (let waited = 0; seenAt.length < acked.length && waited < 5000; waited += 20) await sleep(20);
  watching = false;
  await projector;

  // Reveal: every phone hears it on its stream; the results count exactly what was acknowledged.
  await facilitator('workshop.reveal', { sessionId: cfg.sessionId, revealed: true });
  for (let waited = 0; told.size < cfg.phones && waited < 5000; waited += 20) await sleep(20);
  const results = await facilitator<{ items: { touchpointId: string; measures: { measure: string; distribution: { value: number; count: number }[] }[] }[] }>('workshop.results', {
    sessionId: cfg.sessionId,
    privacyMin: 5,
  });
  const expected = new Map<string, number>();
  for (const [, t, m, v] of acked) expected.set(`${t}|${m}|${v}`, (expected.get(`${t}|${m}|${v}`) ?? 0) + 1);
  const resultsMismatch: string[] = [];
  for (const item of results.items) {
    for (const r of item.measures) {
      if (!cfg.measures.includes(r.measure)) continue;
      for (const d of r.distribution) {
        const want = expected.get(`${item.touchpointId}|${r.measure}|${d.value}`) ?? 0;
        if (d.count !== want) resultsMismatch.push(`${item.touchpointId} ${r.measure}=${d.value}: ${d.count} shown, ${want} acknowledged`);
      }
    }
  }
  for (const s of streams) s.destroy();

  const report: RoomReport = { acked, refused, resent, streamsOpen: streams.length, streamsToldOfReveal: told.size, itemsSeen, seenAt, projectorUpdates, resultsMismatch, seconds, cpuMs: cpuMs() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
