/**
 * The kill test: the real backend in child processes — browser mode's server taking journey
 * edits over HTTP, and `journey-audit survey import` loading generated CSVs — killed with
 * SIGKILL at random moments. After every kill it proves what DESIGN.md §4 promises:
 *
 * - `PRAGMA integrity_check` and `journey-audit check --json` are ok;
 * - every import is whole or absent: one `imports` row per round, its recorded count equal to
 *   the round's responses, every answer there with the values the CSV was written with;
 *   an import the CLI reported as done is present;
 * - the journey is exactly one of the states an edit produced (never half an edit), at least
 *   as new as every edit acknowledged (HTTP 200) before the kill: a single one missing fails;
 * - no import ends with an error and no server exits unless the test killed it.
 *
 * Each kill's plan (its life, whether it imports and how much, what the edits do) is drawn
 * from its own generator seeded by the run's seed and the kill's number, so a failing seed
 * replays the same plan whatever the machine's speed; the failure message names the seed.
 *
 * What it cannot show: SIGKILL ends the process but keeps the operating system's page cache,
 * so every write() the process made reaches the disk later. It proves commits are atomic and
 * acknowledged only once written to the OS; it cannot tell synchronous=OFF from FULL, which
 * only matters when the machine itself loses power (see docs/security.md).
 *
 *   npm run stress                                  200 kills (builds first)
 *   node out/node/stress.js --kills 50 --seed 7     after npm run build
 *   node out/node/stress.js --warm 1                keep a second server idle on the file (faster restarts)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { type Journey, Touchpoint } from '../../shared/domain/journey';

const TOUCHPOINT_FIELDS = Object.keys(Touchpoint.shape) as (keyof Touchpoint)[];
import { type MapDoc, diffDocs } from '../../shared/domain/map/changes';

export interface KillOptions {
  kills: number;
  seed: number;
  /** Longest a backend lives before it is killed, in ms (each life is drawn from 80 ms to this). */
  maxLifeMs?: number;
  /** Share of lives that also run a survey import. */
  importShare?: number;
  /**
   * Servers started ahead and left idle on the file, so a restart need not wait for start-up
   * (a second window on the same file). 0: every restart opens the file fresh after the kill.
   */
  warm?: number;
  log?: (line: string) => void;
}

export interface KillSummary {
  kills: number;
  editsAcknowledged: number;
  /** Acknowledged edits checked after the kill that followed them (every one must be present). */
  editsCheckedAfterKill: number;
  /** Edits refused whole because another process held the write lock past the busy timeout. */
  editsRefusedBusy: number;
  importsStarted: number;
  importsComplete: number;
  importsAbsent: number;
  /** Imports the CLI reported as done before it was killed (all must be complete). */
  importsAcknowledged: number;
  seconds: number;
}

/** The repository root: where package.json names this app (works from test/ and from out/node). */
export function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'journey-audit') return dir;
    if (dirname(dir) === dir) throw new Error(`No journey-audit package.json above ${from}`);
  }
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class Violation extends Error {}
const must = (cond: boolean, message: string): void => {
  if (!cond) throw new Violation(message);
};

export interface Server {
  child: ChildProcess;
  port: number;
  token: string;
}

/** Every child started, so a failing run leaves no process behind. */
const children = new Set<ChildProcess>();
/** Children this test killed; any other server exit is a crash. */
const killedByTest = new WeakSet<ChildProcess>();
/** Servers that exited on their own, with how. */
const crashes: string[] = [];
function track(child: ChildProcess, role?: string): ChildProcess {
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (role && !killedByTest.has(child)) crashes.push(`${role} (pid ${child.pid}) exited on its own: code ${code}, signal ${signal}`);
  });
  return child;
}

export function startServer(root: string, workspace: string, dataDir: string): Promise<Server> {
  const child = track(
    spawn(process.execPath, [join(root, 'out/node/serve-cli.js'), '--workspace', workspace, '--port', '0', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'server',
  );
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start in 30 s: ${out}${err}`)), 30_000);
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(out);
      if (m) {
        clearTimeout(timer);
        if (!out.includes(`Workspace: ${workspace}`)) fail(new Error(`server did not open the workspace: ${out}`));
        ok({ child, port: Number(m[2]), token: m[3]! });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before listening: ${out}${err}`));
    });
  });
}

interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** POSTs an operation exactly as the browser client does: JSON body, token, own Origin. */
export function call(s: Server, op: string, input: unknown): Promise<Reply> {
  return new Promise((ok, fail) => {
    const body = JSON.stringify(input);
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: `/api/${op}`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-journey-token': s.token,
          origin: `http://127.0.0.1:${s.port}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          try {
            ok({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] });
          } catch (e) {
            fail(e as Error);
          }
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** A refusal because another process held the write lock too long: typed, or untyped until handlers are wrapped. */
const isBusy = (r: Reply) => r.body.error?.code === 'workspace_locked' || /database is locked/.test(r.body.error?.message ?? '');

export async function value<T>(s: Server, op: string, input: unknown): Promise<T> {
  const r = await call(s, op, input);
  if (r.status !== 200 || !r.body.ok) throw new Error(`${op}: ${r.status} ${JSON.stringify(r.body.error)}`);
  return r.body.value as T;
}

export function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  killedByTest.add(child);
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** What identifies a journey state: every field of every record the edits touch, in a stable order. */
export function fingerprint(doc: MapDoc): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const sortedKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({
    stages: doc.stages.map((s) => s.id),
    lanes: doc.lanes.map((l) => l.id),
    touchpoints: byId(doc.touchpoints).map((t) => sortedKeys(Object.fromEntries(TOUCHPOINT_FIELDS.map((k) => [k, t[k]])))),
    flows: byId(doc.flows).map((f) => [f.id, f.sourceId, f.targetId]),
  });
}

export const toDoc = (j: Journey): MapDoc => ({ stages: j.stages, lanes: j.lanes, touchpoints: j.touchpoints, flows: j.flows });

export interface Ack {
  version: number;
  print: string;
  /** When the edit was acknowledged (0: the state read back at the start of a life). */
  at: number;
}

/**
 * The journey read back after a kill must be exactly a state an edit produced (never half an
 * edit) and hold every acknowledged edit: one missing fails. Returns how many were checked.
 */
export function checkAfterKill(journey: Journey, acks: readonly Ack[], pending: Ack | null, when: string, killedAt: number): number {
  const known = [...acks, ...(pending ? [pending] : [])].find((a) => a.version === journey.version);
  must(known !== undefined && known.print === fingerprint(toDoc(journey)), `${when}: journey at version ${journey.version} is not a state any edit produced`);
  const required = acks.filter((a) => a.at > 0);
  const lost = required.filter((a) => a.version > journey.version);
  must(
    lost.length === 0,
    `${when}: ${lost.length} acknowledged edit(s) missing (journey at version ${journey.version}, acknowledged up to ${required.at(-1)?.version}, the first ${lost.length ? killedAt - lost[0]!.at : 0} ms before the kill)`,
  );
  return required.length;
}

interface ImportPlan {
  label: string;
  rows: number;
  /** Sum of every numeric answer (satisfaction 1–5 and recommendation 0–10). */
  valueSum: number;
  acknowledged: boolean;
}

/** A survey export of `rows` respondents: id, a 1–5 rating, a 0–10 recommendation, a comment. */
function writeCsv(file: string, k: number, rows: number): number {
  const lines = ['ID,Overall satisfaction,Likelihood to recommend,Comment'];
  let sum = 0;
  for (let i = 1; i <= rows; i++) {
    const sat = 1 + ((i * 7 + k) % 5);
    const rec = (i * 3 + k) % 11;
    sum += sat + rec;
    lines.push(`${k}-${i},${sat},${rec},"import ${k}, row ${i}"`);
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return sum;
}

/** Every round of the stress survey must hold exactly one whole import. */
function verifyImports(workspace: string, plans: Map<string, ImportPlan>): { complete: number; absent: number } {
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  try {
    const rounds = db
      .prepare("SELECT r.id, r.label FROM rounds r JOIN surveys s ON s.id = r.survey_id WHERE s.name = 'Stress'")
      .all() as { id: number; label: string }[];
    const present = new Set<string>();
    for (const r of rounds) {
      const plan = plans.get(r.label);
      must(plan !== undefined, `round ${r.label} was never imported`);
      const imports = db.prepare('SELECT id, responses FROM imports WHERE round_id = ?').all(r.id) as { id: string; responses: number }[];
      must(imports.length === 1, `round ${r.label} has ${imports.length} imports (expected 1: a round exists only with its import)`);
      const responses = (db.prepare('SELECT count(*) AS n FROM responses WHERE round_id = ?').get(r.id) as { n: number }).n;
      const ofImport = (db.prepare('SELECT count(*) AS n FROM responses WHERE import_id = ?').get(imports[0]!.id) as { n: number }).n;
      const answers = db.prepare('SELECT count(*) AS n, total(CASE WHEN text IS NULL THEN value END) AS sum FROM answers WHERE round_id = ?').get(r.id) as {
        n: number;
        sum: number;
      };
      must(
        responses === plan!.rows && ofImport === plan!.rows && imports[0]!.responses === plan!.rows,
        `round ${r.label}: ${responses} responses (${ofImport} of its import), import records ${imports[0]!.responses}, file had ${plan!.rows}`,
      );
      must(answers.n === plan!.rows * 3, `round ${r.label}: ${answers.n} answers, expected ${plan!.rows * 3}`);
      must(answers.sum === plan!.valueSum, `round ${r.label}: answers sum to ${answers.sum}, the file's to ${plan!.valueSum}`);
      present.add(r.label);
    }
    let absent = 0;
    for (const plan of plans.values()) {
      if (present.has(plan.label)) continue;
      must(!plan.acknowledged, `import ${plan.label} was reported done by the CLI but is missing`);
      absent++;
    }
    return { complete: present.size, absent };
  } finally {
    db.close();
  }
}

function integrity(workspace: string): void {
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  try {
    const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    must(rows.length === 1 && rows[0] === 'ok', `integrity_check: ${rows.slice(0, 5).join('; ')}`);
    must((db.pragma('foreign_key_check') as unknown[]).length === 0, 'foreign_key_check found broken references');
  } finally {
    db.close();
  }
}

function checkCli(root: string, workspace: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin/journey-audit.js'), 'check', workspace, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      try {
        const report = JSON.parse(out) as { ok?: boolean; integrity?: string };
        if (code === 0 && report.ok === true && report.integrity === 'ok') ok();
        else fail(new Violation(`journey-audit check: exit ${code} ${out}${err}`));
      } catch {
        fail(new Violation(`journey-audit check: exit ${code}, not JSON: ${out}${err}`));
      }
    });
  });
}

export async function runKillTest(opts: KillOptions): Promise<KillSummary> {
  const startedAt = Date.now();
  const root = findRoot(import.meta.dirname);
  for (const f of ['out/node/serve-cli.js', 'out/node/cli.js']) if (!existsSync(join(root, f))) throw new Error(`Build first (npm run build): ${f} is missing`);
  // Re-seeded at every kill from (seed, kill number): a kill's plan does not depend on how
  // many edits the machine managed to make in the lives before it.
  let random = rng(opts.seed);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const log = opts.log ?? (() => {});
  const maxLife = opts.maxLifeMs ?? 2500;
  const importShare = opts.importShare ?? 0.6;

  const dir = mkdtempSync(join(tmpdir(), 'ja-kill-'));
  const workspace = join(dir, 'stress.jaudit');
  const dataDir = join(dir, 'data');
  const csvDir = join(dir, 'csv');
  mkdirSync(csvDir);
  const summary: KillSummary = {
    kills: 0,
    editsAcknowledged: 0,
    editsCheckedAfterKill: 0,
    editsRefusedBusy: 0,
    importsStarted: 0,
    importsComplete: 0,
    importsAbsent: 0,
    importsAcknowledged: 0,
    seconds: 0,
  };
  const plans = new Map<string, ImportPlan>();
  const cliPath = join(root, 'bin/journey-audit.js');

  try {
    await new Promise<void>((ok, fail) => {
      const c = spawn(process.execPath, [cliPath, 'init', workspace, '--sample'], { stdio: 'ignore' });
      c.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`init failed: ${code}`))));
    });

    let journeyId = '';
    let seq = 0;
    let acks: Ack[] = [];
    let pending: Ack | null = null;
    let lastKillAt = 0;
    let started = 0;
    const spawnServer = () => {
      const p = startServer(root, workspace, join(dataDir, String(++started)));
      p.catch(() => {});
      return p;
    };
    const pool: Promise<Server>[] = [];
    const takeServer = (): Promise<Server> => {
      while (pool.length < (opts.warm ?? 0) + 1) pool.push(spawnServer());
      const next = pool.shift()!;
      while (pool.length < (opts.warm ?? 0)) pool.push(spawnServer());
      return next;
    };
    const drainPool = async () => {
      for (const p of pool.splice(0)) await killAndWait((await p).child);
    };

    const importFailures: string[] = [];
    /** A server that died on its own, or an import that ended with an error, fails the run. */
    const noCrashes = (when: string) => {
      must(crashes.length === 0, `${when}: ${crashes.join('; ')}`);
      must(importFailures.length === 0, `${when}: ${importFailures.join('; ')}`);
    };

    for (let k = 1; k <= opts.kills; k++) {
      random = rng((Math.imul(opts.seed >>> 0, 0x9e3779b1) ^ k) >>> 0);
      const server = await takeServer();
      if (!journeyId) journeyId = (await value<{ id: string }[]>(server, 'journeys.list', {}))[0]!.id;
      let journey = await value<Journey>(server, 'journeys.get', { id: journeyId });

      // The state after the previous kill, read back through the restarted backend.
      if (acks.length > 0 || pending) {
        summary.editsCheckedAfterKill += checkAfterKill(journey, acks, pending, `kill ${k - 1}`, lastKillAt);
      }
      acks = [{ version: journey.version, print: fingerprint(toDoc(journey)), at: 0 }];
      pending = null;

      const life = between(80, maxLife);
      let killAt = Date.now() + life;
      let alive = true;

      let editError: unknown = null;
      // The edits draw from their own generator: how many there are depends on the machine.
      const editRandom = rng((Math.imul(opts.seed >>> 0, 0x85ebca6b) ^ k) >>> 0);
      const editBetween = (lo: number, hi: number) => lo + Math.floor(editRandom() * (hi - lo + 1));
      const editLoop = (async () => {
        const base = new Set(journey.touchpoints.map((t) => t.id));
        while (alive) {
          const before = toDoc(journey);
          const n = ++seq;
          const added = before.touchpoints.filter((t) => !base.has(t.id));
          let touchpoints: Touchpoint[] = [...before.touchpoints];
          const roll = editRandom();
          if (roll < 0.2 && added.length > 0) {
            const victim = added[Math.floor(editRandom() * added.length)]!;
            touchpoints = touchpoints.filter((t) => t.id !== victim.id);
          } else if (roll < 0.5) {
            const i = Math.floor(editRandom() * touchpoints.length);
            touchpoints[i] = { ...touchpoints[i]!, title: `Edit ${n}`, need: 1 + (n % 5) };
          } else {
            const stage = before.stages[Math.floor(editRandom() * before.stages.length)]!;
            const lane = before.lanes[Math.floor(editRandom() * before.lanes.length)]!;
            touchpoints.push({
              id: randomUUID(),
              stageId: stage.id,
              laneId: lane.id,
              title: `Edit ${n}`,
              channel: 'phone',
              description: 'x'.repeat(editBetween(0, 400)),
              quote: '',
              owner: '',
              need: 1 + (n % 5),
              convenience: null,
              emotion: null,
              transfers: n % 4,
              position: n,
            });
          }
          if (touchpoints.length - base.size > 40) touchpoints = touchpoints.filter((t) => base.has(t.id) || t !== added[0]);
          const after: MapDoc = { ...before, touchpoints };
          pending = { version: journey.version + 1, print: fingerprint(after), at: 0 };
          let reply: Reply;
          try {
            reply = await call(server, 'journeys.applyChanges', { id: journeyId, baseVersion: journey.version, changes: diffDocs(before, after) });
          } catch {
            return; // the connection died with the server
          }
          if (reply.status !== 200 && isBusy(reply)) {
            // Another process held the write lock past the busy timeout: refused whole, nothing written.
            pending = null;
            summary.editsRefusedBusy++;
            continue;
          }
          if (reply.status !== 200 || !reply.body.ok) throw new Violation(`edit ${n} refused: ${reply.status} ${JSON.stringify(reply.body.error)}`);
          const v = (reply.body.value as { version: number }).version;
          must(v === journey.version + 1, `edit ${n}: version ${v} after ${journey.version}`);
          acks.push({ version: v, print: pending.print, at: Date.now() });
          pending = null;
          summary.editsAcknowledged++;
          journey = { ...journey, ...after, version: v } as Journey;
          await sleep(editBetween(0, 20));
        }
      })().catch((e: unknown) => {
        editError = e;
      });

      let importer: ChildProcess | null = null;
      let importDone: Promise<void> = Promise.resolve();
      if (random() < importShare) {
        const label = `R${k}`;
        const rows = between(1000, 3000);
        const file = join(csvDir, `round-${k}.csv`);
        const plan: ImportPlan = { label, rows, valueSum: writeCsv(file, k, rows), acknowledged: false };
        plans.set(label, plan);
        summary.importsStarted++;
        await sleep(between(0, Math.floor(life / 2)));
        const child = track(
          spawn(process.execPath, [cliPath, 'survey', 'import', workspace, file, '--survey', 'Stress', '--round', label, '--json'], {
            stdio: ['ignore', 'pipe', 'pipe'],
          }),
        );
        importer = child;
        // Some imports are killed soon after they start, whatever the machine's speed: loading,
        // parsing or in the middle of writing (a small import takes about 250 ms on a fast machine).
        if (random() < 0.5) killAt = Math.min(killAt, Date.now() + between(20, 200));
        let out = '';
        let err = '';
        child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
        importDone = new Promise((done) =>
          child.on('exit', (code, signal) => {
            if (code === 0) {
              const r = JSON.parse(out) as { responses: number };
              if (r.responses === rows) plan.acknowledged = true;
            } else if (signal === null) {
              importFailures.push(`import ${label} failed (exit ${code}): ${err.trim()}`);
            }
            done();
          }),
        );
      }

      await sleep(Math.max(0, killAt - Date.now()));
      // Some lives last until the import is done, so finished imports are checked too.
      if (importer && random() < 0.35) {
        await importDone;
        await sleep(between(0, 300));
      }
      lastKillAt = Date.now();
      alive = false;
      await Promise.all([killAndWait(server.child), importer ? killAndWait(importer) : Promise.resolve()]);
      await importDone;
      await editLoop;
      if (editError) throw editError;
      noCrashes(`kill ${k}`);
      summary.kills++;
      if (plans.get(`R${k}`)?.acknowledged) summary.importsAcknowledged++;

      integrity(workspace);
      await checkCli(root, workspace);
      const imports = verifyImports(workspace, plans);
      summary.importsComplete = imports.complete;
      summary.importsAbsent = imports.absent;
      if (k % 10 === 0 || k === opts.kills) log(`${k}/${opts.kills} kills, ${summary.editsAcknowledged} edits acknowledged, imports ${imports.complete} complete / ${imports.absent} absent`);
    }

    // The last kill's edits, read back once more through a backend that opens the file fresh.
    await drainPool();
    const server = await spawnServer();
    try {
      const journey = await value<Journey>(server, 'journeys.get', { id: journeyId });
      summary.editsCheckedAfterKill += checkAfterKill(journey, acks, pending, 'last kill', lastKillAt);
    } finally {
      await killAndWait(server.child);
    }
    noCrashes('at the end');
    summary.seconds = Math.round((Date.now() - startedAt) / 100) / 10;
    return summary;
  } catch (error) {
    if (error instanceof Error) error.message = `${error.message} (seed ${opts.seed}; replay with: node out/node/stress.js --kills ${opts.kills} --seed ${opts.seed})`;
    throw error;
  } finally {
    crashes.length = 0;
    await Promise.all([...children].map(killAndWait));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatSummary(s: KillSummary): string {
  return [
    `${s.kills} kills in ${s.seconds} s`,
    `edits: ${s.editsAcknowledged} acknowledged, ${s.editsCheckedAfterKill} checked after the kill that followed them (all present), ${s.editsRefusedBusy} refused whole while another process held the lock`,
    `imports: ${s.importsStarted} started, ${s.importsComplete} complete, ${s.importsAbsent} absent, ${s.importsAcknowledged} reported done before the kill (all present), none partial`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' }, warm: { type: 'string', default: '0' } } });
  const seed = values.seed ? Number(values.seed) : Date.now() % 1_000_000;
  const kills = Number(values.kills);
  console.log(`Kill test: ${kills} kills, seed ${seed}`);
  const summary = await runKillTest({ kills, seed, warm: Number(values.warm), log: (line) => console.log(line) });
  console.log(formatSummary(summary));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: Error) => {
    console.error(`Kill test FAILED: ${error.message}`);
    process.exit(1);
  });
}
