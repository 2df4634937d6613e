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
 *   as new as every edit acknowledged (HTTP 200) more than a second before the kill.
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
import type { Journey, Touchpoint } from '../../shared/domain/journey';
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
  /** Acknowledged edits checked after a kill that came more than a second later. */
  editsAckedOverOneSecondBeforeKill: number;
  /** Acknowledged edits missing after a kill (allowed only within the last second; expected 0). */
  editsLostWithinLastSecond: number;
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

class Violation extends Error {}
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
function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function startServer(root: string, workspace: string, dataDir: string): Promise<Server> {
  const child = track(spawn(process.execPath, [join(root, 'out/node/serve-cli.js'), '--workspace', workspace, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
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
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** What identifies a journey state: every record the edits touch, in a stable order. */
function fingerprint(doc: MapDoc): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({
    stages: doc.stages.map((s) => s.id),
    lanes: doc.lanes.map((l) => l.id),
    touchpoints: byId(doc.touchpoints).map((t) => [t.id, t.title, t.need, t.stageId, t.laneId]),
    flows: byId(doc.flows).map((f) => [f.id, f.sourceId, f.targetId]),
  });
}

const toDoc = (j: Journey): MapDoc => ({ stages: j.stages, lanes: j.lanes, touchpoints: j.touchpoints, flows: j.flows });

interface Ack {
  version: number;
  print: string;
  at: number;
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
  const random = rng(opts.seed);
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
    editsAckedOverOneSecondBeforeKill: 0,
    editsLostWithinLastSecond: 0,
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

    for (let k = 1; k <= opts.kills; k++) {
      const server = await takeServer();
      if (!journeyId) journeyId = (await value<{ id: string }[]>(server, 'journeys.list', {}))[0]!.id;
      let journey = await value<Journey>(server, 'journeys.get', { id: journeyId });

      // The state after the previous kill, read back through the restarted backend.
      if (acks.length > 0 || pending) {
        const print = fingerprint(toDoc(journey));
        const known = [...acks, ...(pending ? [pending] : [])].find((a) => a.version === journey.version);
        must(known !== undefined && known.print === print, `kill ${k - 1}: journey at version ${journey.version} is not a state any edit produced`);
        const required = acks.filter((a) => a.at > 0 && a.at < lastKillAt - 1000);
        const newest = acks[acks.length - 1];
        must(
          required.every((a) => a.version <= journey.version),
          `kill ${k - 1}: an edit acknowledged more than 1 s before the kill is missing (version ${journey.version} < ${required.at(-1)?.version})`,
        );
        summary.editsAckedOverOneSecondBeforeKill += required.length;
        if (newest && newest.version > journey.version) summary.editsLostWithinLastSecond += acks.filter((a) => a.version > journey.version).length;
      }
      acks = [{ version: journey.version, print: fingerprint(toDoc(journey)), at: 0 }];
      pending = null;

      const life = between(80, maxLife);
      let killAt = Date.now() + life;
      let alive = true;

      let editError: unknown = null;
      const editLoop = (async () => {
        const base = new Set(journey.touchpoints.map((t) => t.id));
        while (alive) {
          const before = toDoc(journey);
          const n = ++seq;
          const added = before.touchpoints.filter((t) => !base.has(t.id));
          let touchpoints: Touchpoint[] = [...before.touchpoints];
          const roll = random();
          if (roll < 0.2 && added.length > 0) {
            const victim = added[Math.floor(random() * added.length)]!;
            touchpoints = touchpoints.filter((t) => t.id !== victim.id);
          } else if (roll < 0.5) {
            const i = Math.floor(random() * touchpoints.length);
            touchpoints[i] = { ...touchpoints[i]!, title: `Edit ${n}`, need: 1 + (n % 5) };
          } else {
            const stage = before.stages[Math.floor(random() * before.stages.length)]!;
            const lane = before.lanes[Math.floor(random() * before.lanes.length)]!;
            touchpoints.push({
              id: randomUUID(),
              stageId: stage.id,
              laneId: lane.id,
              title: `Edit ${n}`,
              channel: 'phone',
              description: 'x'.repeat(between(0, 400)),
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
          await sleep(between(0, 20));
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
              log(`import ${label} failed (exit ${code}): ${err.trim()}`);
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
      const known = [...acks, ...(pending ? [pending] : [])].find((a) => a.version === journey.version);
      must(known !== undefined && known.print === fingerprint(toDoc(journey)), `last kill: journey at version ${journey.version} is not a state any edit produced`);
      const required = acks.filter((a) => a.at > 0 && a.at < lastKillAt - 1000);
      must(required.every((a) => a.version <= journey.version), 'last kill: an edit acknowledged more than 1 s before it is missing');
      summary.editsAckedOverOneSecondBeforeKill += required.length;
      summary.editsLostWithinLastSecond += acks.filter((a) => a.version > journey.version).length;
    } finally {
      await killAndWait(server.child);
    }
    summary.seconds = Math.round((Date.now() - startedAt) / 100) / 10;
    return summary;
  } finally {
    await Promise.all([...children].map(killAndWait));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatSummary(s: KillSummary): string {
  return [
    `${s.kills} kills in ${s.seconds} s`,
    `edits: ${s.editsAcknowledged} acknowledged, ${s.editsAckedOverOneSecondBeforeKill} checked after a kill over 1 s later (all present), ${s.editsLostWithinLastSecond} lost within the last second, ${s.editsRefusedBusy} refused whole while another process held the lock`,
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
