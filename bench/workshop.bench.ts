/**
 * Live workshop benchmark: 300 simulated phones vote on 40 touchpoints × 3 measures (36,000
 * votes, one HTTP request per tap, a random pause between taps) against the participant
 * server on 127.0.0.1, while a projector waits on `workshop.status` as the app does.
 * Measured: vote sent → projector sees it (p95); also votes lost and peak memory. The phones
 * run in the same process as the server, so the figures are pessimistic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionView } from '../shared/ops/workshop';
import { createBackend } from '../electron/backend';
import { insertJourney, insertLane, insertStage, insertTouchpoint } from '../electron/backend/journeys/repo';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import type { Benchmark } from './harness';

/** A smaller room for a quick check on a busy machine: JA_BENCH_WORKSHOP_PHONES=30. */
const PHONES = Number(process.env.JA_BENCH_WORKSHOP_PHONES ?? 300);
const TOUCHPOINTS = 40;
const MEASURES = ['need', 'convenience', 'emotion'] as const;
const PAUSE_MS = 900;

let note = '';

let retries = 0;

/** A phone resends a vote whose connection broke (votes are idempotent), as the page does. */
async function post(agent: Agent, url: string, body: unknown): Promise<{ status: number; body: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce(agent, url, body);
    } catch (e) {
      if (attempt >= 5) throw e;
      retries++;
    }
  }
}

function postOnce(agent: Agent, url: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const data = JSON.stringify(body);
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(data);
  });
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

async function runRoom(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ja-bench-workshop-'));
  const file = join(dir, 'w.jaudit');
  const db = createWorkspaceFile(file, { sample: false, lang: 'en' });
  const journey = insertJourney(db, { name: 'Bench', scene: 'service', persona: '', customerTier: null, description: '' });
  const stages = Array.from({ length: 5 }, (_, i) => insertStage(db, journey, `Stage ${i + 1}`, i));
  const lane = insertLane(db, journey, { name: 'Service', kind: 'department', departmentId: null, color: null }, 0);
  for (let i = 0; i < TOUCHPOINTS; i++) {
    insertTouchpoint(db, journey, { stageId: stages[i % 5]!, laneId: lane, title: `Touchpoint ${i + 1}`, channel: 'other', description: '', quote: '', owner: '', need: null, convenience: null, emotion: null, transfers: 0, position: i });
  }
  db.close();

  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: 'bench', workshopLimits: { ratePerSecond: 100_000, burst: 100_000 } });
  const agent = new Agent({ keepAlive: true, maxSockets: 400 });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    await backend.session.open(file);
    const call = async <T>(name: string, input: unknown) => {
      const r = await backend.dispatch(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
    const view = await call<SessionView>('workshop.start', { journeyId: journey, touchpoints: { kind: 'all' }, measures: [...MEASURES], host: '127.0.0.1', maxParticipants: PHONES });
    await call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });
    const api = view.participantUrl!.replace('/s/', '/api/s/');
    const tps = view.config.touchpoints;

    // The projector: waits for each change, and notes when each touchpoint's count went up.
    const seen = new Map<string, number[]>(tps.map((t) => [t, []]));
    let watching = true;
    const projector = (async () => {
      let cur = await call<SessionView>('workshop.status', { sessionId: view.id });
      while (watching) {
        const next = await call<SessionView>('workshop.status', { sessionId: view.id, since: cur.seq, waitMs: 1000 });
        const at = performance.now();
        for (const t of tps) for (let k = cur.answered[t] ?? 0; k < (next.answered[t] ?? 0); k++) seen.get(t)!.push(at);
        cur = next;
      }
    })();

    // First votes on a touchpoint, in the order the server acknowledged them: [sent at].
    const firstSent = new Map<string, number[]>(tps.map((t) => [t, []]));
    retries = 0;
    let acked = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        await new Promise((r) => setTimeout(r, Math.random() * 3000));
        const joined = await post(agent, `${api}/join`, { nickname: `p${i}`, department: '' });
        const participant = (JSON.parse(joined.body) as { value: { participantId: string } }).value.participantId;
        const order = [...tps].sort(() => Math.random() - 0.5);
        for (const t of order) {
          for (const [m, measure] of MEASURES.entries()) {
            await new Promise((r) => setTimeout(r, Math.random() * PAUSE_MS));
            const sent = performance.now();
            const r = await post(agent, `${api}/vote?p=${participant}`, { votes: [{ touchpointId: t, measure, value: 1 + ((i + m) % 5) }] });
            if (r.status === 200) {
              acked++;
              if (m === 0) firstSent.get(t)!.push(sent);
            } else failed++;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 300));
    watching = false;
    await projector;

    const latencies: number[] = [];
    for (const t of tps) {
      const sends = firstSent.get(t)!;
      const times = seen.get(t)!;
      sends.forEach((s, k) => times[k] !== undefined && latencies.push(Math.max(0, times[k]! - s)));
    }
    const check = await import('better-sqlite3').then(({ default: Database }) => {
      const ro = new Database(file, { readonly: true });
      const n = (ro.prepare('SELECT count(*) AS n FROM workshop_votes').get() as { n: number }).n;
      ro.close();
      return n;
    });
    const expected = PHONES * TOUCHPOINTS * MEASURES.length;
    note = `${acked}/${expected} acknowledged, ${failed} refused, ${retries} resent, ${expected - check} lost (stored ${check}); ${seconds.toFixed(0)} s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`;
    if (check !== expected || acked !== expected) throw new Error(`Votes lost: ${note}`);
    return p95(latencies);
  } finally {
    clearInterval(sampler);
    agent.destroy();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const workshopBenchmarks: Benchmark[] = [
  {
    name: `workshop: ${PHONES} phones × ${TOUCHPOINTS} touchpoints × 3 measures, vote → projector p95`,
    unit: 'ms',
    target: { op: '<=', value: 250 },
    runs: 1,
    run: runRoom,
    reference: () => note,
  },
];
