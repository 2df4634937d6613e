/**
 * Live workshop benchmark: 300 phones vote on 40 touchpoints × 3 measures (36,000 votes, one
 * request per tap, a random pause between taps, each phone's push stream open throughout)
 * against the participant server on 127.0.0.1, while the facilitator's projector waits on
 * `workshop.status` through browser mode's HTTP transport, as the app's window does.
 *
 * The server (backend, participant server, facilitator transport) runs in this process; the
 * phones and the projector run in a second process (support/workshop-room.ts), so each side
 * has one of the machine's two cores and the latency is read on one clock, the room's.
 * Measured: vote sent → the projector's view counting it (p95 over every vote), votes lost
 * (every acknowledged vote is looked up in the workspace after the server has closed it), and
 * the server process's peak memory.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionView } from '../shared/ops/workshop';
import { createBackend } from '../electron/backend';
import { insertJourney, insertLane, insertStage, insertTouchpoint } from '../electron/backend/journeys/repo';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import { startServer } from '../electron/server/serve';
import type { Benchmark } from './harness';
import type { RoomReport } from './support/workshop-room';

/** A smaller room for a quick check on a busy machine: JA_BENCH_WORKSHOP_PHONES=30. */
const PHONES = Number(process.env.JA_BENCH_WORKSHOP_PHONES ?? 300);
const TOUCHPOINTS = 40;
const MEASURES = ['need', 'convenience', 'emotion'] as const;
/** Between two taps a phone waits 0–900 ms (about two taps a second: a brisk room). */
const PAUSE_MS = 900;
/** Phones join over the first 3 s. */
const ARRIVAL_MS = 3000;
const WITHIN_S = 120;

/** The room's script: beside this file in the source tree, one folder up from out/node when built. */
const ROOM = [resolve(import.meta.dirname, 'support/workshop-room.ts'), resolve(import.meta.dirname, '../../bench/support/workshop-room.ts')].find(existsSync)!;

let note = '';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;

function vmHwmMB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function runRoomProcess(config: unknown): Promise<RoomReport> {
  return new Promise((ok, fail) => {
    execFile(process.execPath, ['--disable-warning=ExperimentalWarning', ROOM, JSON.stringify(config)], { maxBuffer: 256 * 2 ** 20 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`The room failed: ${stderr || error.message}`));
      ok(JSON.parse(stdout.trim().split('\n').pop()!) as RoomReport);
    });
  });
}

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

  // Every phone shares 127.0.0.1 here, so the per-address rate limit (meant for one phone) is lifted.
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: 'bench', workshopLimits: { ratePerSecond: 100_000, burst: 100_000 } });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  let closed = false;
  try {
    await backend.session.open(file);
    const transport = await startServer({ backend, rendererDir: dir, port: 0 });
    const call = async <T>(name: string, input: unknown) => {
      const r = await backend.dispatch(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
    const view = await call<SessionView>('workshop.start', { journeyId: journey, touchpoints: { kind: 'all' }, measures: [...MEASURES], host: '127.0.0.1', maxParticipants: PHONES });
    await call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });

    const cpu0 = process.cpuUsage();
    let room: RoomReport;
    try {
      room = await runRoomProcess({
        participantApi: view.participantUrl!.replace('/s/', '/api/s/'),
        facilitator: { origin: `http://127.0.0.1:${transport.port}`, token: transport.token },
        sessionId: view.id,
        touchpoints: view.config.touchpoints,
        measures: MEASURES,
        phones: PHONES,
        pauseMs: PAUSE_MS,
        arrivalMs: ARRIVAL_MS,
      });
    } finally {
      await transport.close();
    }
    const serverPeak = Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    backend.close();
    closed = true;

    // Lost = acknowledged but not in the workspace (with the value acknowledged) once the server has closed it.
    const ro = new Database(file, { readonly: true });
    const stmt = ro.prepare('SELECT value FROM workshop_votes WHERE session_id = ? AND participant_id = ? AND touchpoint_id = ? AND measure = ?');
    let lost = 0;
    for (const [p, t, m, value] of room.acked) if ((stmt.get(view.id, p, t, m) as { value: number } | undefined)?.value !== value) lost++;
    const stored = (ro.prepare('SELECT count(*) AS n FROM workshop_votes').get() as { n: number }).n;
    ro.close();

    // Vote k (in the order acknowledged) is on the projector once its counter first shows k + 1.
    const acked = [...room.acked].sort((a, b) => a[5] - b[5]);
    const latencies = acked.map((a, k) => room.seenAt[k]! - a[4]);
    const ackTimes = acked.map((a) => a[5] - a[4]);
    const expected = PHONES * TOUCHPOINTS * MEASURES.length;
    const p95 = quantile(latencies, 0.95);
    note =
      `${acked.length}/${expected} acknowledged, ${room.refused} refused, ${room.resent} resent, ${lost} lost (stored ${stored}); ` +
      `${room.seconds.toFixed(0)} s (${(acked.length / room.seconds).toFixed(0)} votes/s); p50 ${quantile(latencies, 0.5).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; ` +
      `sent → acknowledged p50 ${quantile(ackTimes, 0.5).toFixed(0)} ms, p95 ${quantile(ackTimes, 0.95).toFixed(0)} ms; ` +
      `CPU: server ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s, phones ${(room.cpuMs / 1000).toFixed(0)} s; ` +
      `${room.projectorUpdates} projector updates; ${room.streamsOpen} push streams open; server peak RSS ${serverPeak.toFixed(0)} MB (VmHWM ${vmHwmMB().toFixed(0)} MB)`;
    const problems = [
      acked.length !== expected && 'not every vote was acknowledged',
      lost > 0 && 'acknowledged votes are missing from the workspace',
      stored !== expected && 'the workspace holds a different number of votes',
      room.seenAt.length < acked.length && `the projector showed ${room.seenAt.length} votes, not ${acked.length}`,
      room.streamsOpen !== PHONES && 'not every phone had its push stream open',
      room.streamsToldOfReveal !== PHONES && `${room.streamsToldOfReveal} of ${PHONES} phones heard the reveal on their stream`,
      room.itemsSeen !== PHONES * TOUCHPOINTS && 'not every phone saw every item',
      room.resultsMismatch.length > 0 && `results differ from the acknowledged votes: ${room.resultsMismatch.slice(0, 3).join('; ')}`,
      room.seconds > WITHIN_S && `the room took ${room.seconds.toFixed(0)} s, more than ${WITHIN_S} s`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`${problems.join('; ')} — ${note}`);
    return p95;
  } finally {
    clearInterval(sampler);
    if (!closed) backend.close();
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
