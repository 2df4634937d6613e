/**
 * Property tests over every operation of the contract, on real sample workspace files:
 * inputs built from each operation's input schema with ids of the workspace (right kind,
 * wrong kind, deleted, made up), odd strings and numbers, and raw junk, alone and in
 * sequences. Whatever comes in, dispatch answers an envelope that is never `internal`, an
 * ok value fits the output schema, a refused call changes nothing stored, versions never go
 * back, and the file stays healthy. FUZZ_SEED and FUZZ_RUNS run it longer.
 *
 * Kept in: everything, with the workshop's participant server bound to 127.0.0.1 on a free
 * port, its status polled without waiting, and PDF reports made as HTML (printing a PDF
 * starts a browser, which the report tests cover).
 */
import { appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { contract, type OperationName } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { createBackend, type Backend } from '../../../electron/backend';
import { mapEdit, recipeOf, rawJunk, type Ctx, type IdKind, type Recipe } from '../../support/fuzz-inputs';
import { fingerprint, liveIds, mapOf, problems, seedEverything, versionOf, versions } from '../../support/fuzz-workspace';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const OPS = Object.keys(contract).sort() as OperationName[];

const stats: string[] = [];
let root: string;
let template: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ja-opfuzz-'));
  const backend = createBackend({ mode: 'browser', dataDir: join(root, 'data'), appVersion: '0.0.0-test' });
  template = join(root, 'template.jaudit');
  await backend.session.create(template, { sample: true, lang: 'en' });
  await seedEverything(async <T>(name: string, input: unknown = {}) => {
    const r = await backend.dispatch(name, input);
    if (!r.ok) throw new Error(`seed ${name}: ${r.error.message}`);
    return r.value as T;
  });
  await backend.workshops.stopAll();
  backend.close();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (process.env.FUZZ_STATS) writeFileSync(process.env.FUZZ_STATS, stats.join('\n'));
});

/** A backend on a fresh copy of the sample workspace, in a folder of its own. */
async function freshRun(): Promise<{ backend: Backend; dir: string; ctx: Ctx; seen: Record<IdKind, Set<string>> }> {
  const dir = mkdtempSync(join(root, 'run-'));
  copyFileSync(template, join(dir, 'w.jaudit'));
  const backend = createBackend({ mode: 'browser', dataDir: join(dir, 'data'), appVersion: '0.0.0-test' });
  await backend.session.open(join(dir, 'w.jaudit'));
  const seen = {} as Record<IdKind, Set<string>>;
  const ctx: Ctx = {
    ids: {} as Ctx['ids'],
    versionOf: (id) => versionOf(backend.session.requireDb(), id),
    map: (id) => mapOf(backend.session.requireDb(), id),
    path: (name) => join(dir, name),
  };
  refreshIds(backend, ctx, seen, undefined);
  return { backend, dir, ctx, seen };
}

/** Ids now in the file plus every id seen before (deleted ones stay pickable) and ids of jobs. */
function refreshIds(backend: Backend, ctx: Ctx, seen: Record<IdKind, Set<string>>, value: unknown) {
  const kinds: IdKind[] = ['journey', 'stage', 'lane', 'touchpoint', 'flow', 'department', 'survey', 'question', 'round', 'cause', 'story', 'action', 'snapshot', 'session', 'job', 'staging', 'backup'];
  for (const k of kinds) seen[k] ??= new Set();
  const live = liveIds(backend.session.requireDb());
  for (const [k, ids] of Object.entries(live)) for (const id of ids) seen[k as IdKind].add(id);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.jobId === 'string') seen.job.add(v.jobId);
    if (typeof v.stagingId === 'string') seen.staging.add(v.stagingId);
    if (Array.isArray(v.backups)) for (const b of v.backups as { name: string }[]) seen.backup.add(b.name);
    if (typeof (v as { name?: unknown }).name === 'string' && typeof v.bytes === 'number') seen.backup.add(v.name as string);
  }
  for (const k of kinds) ctx.ids[k] = [...seen[k]];
}

/** Keeps a call inside the test: the workshop server on 127.0.0.1, no long waits, no browser. */
function tame(op: string, input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const o = { ...(input as Record<string, unknown>) };
  if (op === 'workshop.start' || op === 'workshop.resume') {
    o.host = '127.0.0.1';
    if (typeof o.port === 'number' && Number.isInteger(o.port) && o.port >= 0 && o.port <= 65535) o.port = 0;
  }
  if (op === 'workshop.status') o.waitMs = 0;
  if (op === 'reports.start' && o.format === 'pdf') o.format = 'html';
  if ('path' in o && typeof o.path === 'string' && !o.path.startsWith(root)) o.path = join(root, 'outside.jaudit');
  return o;
}

interface Step {
  op: OperationName;
  input: Recipe;
}

const step: fc.Arbitrary<Step> = fc.constantFrom(...OPS).chain((op) =>
  fc
    .oneof(
      { weight: op === 'journeys.applyChanges' ? 12 : 0, arbitrary: mapEdit },
      { weight: 12, arbitrary: recipeOf(contract[op].input, { op, key: '', depth: 0, strict: true }) },
      { weight: 6, arbitrary: recipeOf(contract[op].input, { op, key: '', depth: 0, strict: false }) },
      { weight: 1, arbitrary: rawJunk.map((v) => () => v) },
    )
    .map((input) => ({ op, input })),
);

/** Fails the test, or with FUZZ_COLLECT=<file> notes the failure there and goes on (to list them all). */
function must(ok: boolean, what: string, where: () => string): void {
  if (ok) return;
  if (!process.env.FUZZ_COLLECT) throw new Error(`${what}\n${where()}`);
  appendFileSync(process.env.FUZZ_COLLECT, `### ${what}\n${where()}\n\n`);
}

/** Calls one operation and checks what must hold around any call; returns the envelope. */
async function checkedCall(backend: Backend, op: OperationName, input: unknown, trace: string[]): Promise<Envelope<unknown>> {
  const db = backend.session.requireDb();
  const pathBefore = backend.session.currentPath();
  const before = fingerprint(db);
  const vBefore = versions(db);
  let res: Envelope<unknown>;
  try {
    res = await backend.dispatch(op, input);
  } catch (e) {
    throw new Error(`${op} threw ${String(e)}\n${trace.join('\n')}`, { cause: e });
  }
  if (process.env.FUZZ_STATS) stats.push(`${op}\t${res.ok ? 'ok' : res.error.code}\t${res.ok ? '' : (res.error.messageCode ?? res.error.message.slice(0, 80))}`);
  trace.push(`${op} ${short(input)} → ${res.ok ? 'ok' : `${res.error.code} ${res.error.messageCode ?? ''} ${res.error.message.slice(0, 160)}`}`);
  const where = () => trace.join('\n');
  if (!res.ok) {
    must(res.error.code !== 'internal', 'internal error', where);
    must(res.error.message.length > 0, 'error without a message', where);
  } else {
    const parsed = contract[op].output.safeParse(res.value);
    must(parsed.success, `output does not fit the schema: ${parsed.error?.message.slice(0, 300)}`, where);
  }
  if (backend.session.currentPath() !== pathBefore) return res;
  const dbAfter = backend.session.requireDb();
  if (!res.ok) must(fingerprint(dbAfter) === before, 'refused call changed the file', where);
  const vAfter = versions(dbAfter);
  for (const [k, v] of vBefore) {
    const now = vAfter.get(k);
    must(now === undefined || now >= v, `version of ${k} went back from ${v} to ${now}`, where);
  }
  const broken = problems(dbAfter, false);
  must(broken.length === 0, `unhealthy file: ${broken.join(' | ')}`, where);
  await readBack(backend, op, input, res, where);
  return res;
}

/** An ok write can be read back. */
async function readBack(backend: Backend, op: string, input: unknown, res: Envelope<unknown>, where: () => string) {
  if (!res.ok) return;
  const i = input as Record<string, unknown>;
  const get = async (name: string, arg: unknown) => {
    const r = await backend.dispatch(name, arg);
    must(r.ok, `read back ${name} after ${op}: ${r.ok ? '' : `${r.error.code} ${r.error.message}`}`, where);
    return (r.ok ? r.value : {}) as Record<string, unknown>;
  };
  if (op === 'journeys.update' || op === 'journeys.create' || op === 'journeys.duplicate' || op === 'journeys.importMap' || op === 'journeys.restoreSnapshot') {
    const v = res.value as { id: string; name: string; version: number };
    const j = await get('journeys.get', { id: v.id });
    must(j.name === v.name && j.version === v.version, `read back ${j.name}@${j.version}, wrote ${v.name}@${v.version}`, where);
  }
  if (op === 'journeys.applyChanges') {
    const j = (await get('journeys.get', { id: i.id })) as { version: number; touchpoints: { id: string }[]; stages: { id: string }[] };
    const version = (res.value as { version: number }).version;
    must(j.version === version, `read back version ${j.version}, wrote ${version}`, where);
    must(version > (i.baseVersion as number), `version ${version} not above the base ${String(i.baseVersion)}`, where);
    const changes = i.changes as { touchpoints: { upsert: { id: string }[] } };
    const ids = new Set(j.touchpoints.map((t) => t.id));
    for (const t of changes.touchpoints.upsert) must(ids.has(t.id), `touchpoint ${t.id} not stored`, where);
  }
  if (op === 'departments.create') {
    const list = (await get('departments.list', {})) as unknown as { id: string }[];
    must(list.some((d) => d.id === (res.value as { id: string }).id), 'created department not listed', where);
  }
  if (op === 'actions.create' || op === 'painPoints.addCause' || op === 'painPoints.addStory') {
    const d = await get('painPoints.get', { touchpointId: i.touchpointId });
    const key = op === 'actions.create' ? 'actions' : op === 'painPoints.addCause' ? 'causes' : 'stories';
    must((d[key] as unknown[]).length === ((res.value as Record<string, unknown>)[key] as unknown[]).length, `${key} read back differ`, where);
  }
  if (op === 'surveys.update' || op === 'surveys.create') {
    const v = res.value as { id: string; name: string };
    const s = await get('surveys.get', { id: v.id });
    must(s.name === v.name, `survey read back as ${String(s.name)}, wrote ${v.name}`, where);
  }
}

function short(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && x.length > 60 ? `${x.slice(0, 20)}…(${x.length})` : typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

async function endRun(backend: Backend, dir: string, trace: string[]) {
  await backend.workshops.stopAll();
  const broken = problems(backend.session.requireDb(), true);
  backend.close();
  rmSync(dir, { recursive: true, force: true });
  must(broken.length === 0, `unhealthy file at the end: ${broken.join(' | ')}`, () => trace.join('\n'));
}

describe('every operation, fuzzed on a real workspace', () => {
  it('answers raw junk for each operation with an envelope that is not internal and changes nothing it refuses', async () => {
    const { backend, dir } = await freshRun();
    const trace: string[] = [];
    try {
      for (const op of OPS) {
        await fc.assert(
          fc.asyncProperty(rawJunk, async (junk) => {
            trace.length = 0;
            await checkedCall(backend, op, tame(op, junk), trace);
          }),
          { seed: SEED, numRuns: RUNS > 0 ? RUNS : 8 },
        );
      }
    } finally {
      await endRun(backend, dir, trace);
    }
  }, Math.max(120_000, RUNS * 300));

  it('keeps the workspace healthy through sequences of schema-shaped calls with real, stale and wrong ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { backend, dir, ctx, seen } = await freshRun();
        const trace: string[] = [];
        try {
          for (const s of steps) {
            const input = tame(s.op, s.input(ctx));
            const res = await checkedCall(backend, s.op, input, trace);
            refreshIds(backend, ctx, seen, res.ok ? res.value : undefined);
          }
        } finally {
          await endRun(backend, dir, trace);
        }
      }),
      { seed: SEED, numRuns: RUNS > 0 ? RUNS : 100, endOnFailure: true },
    );
  }, Math.max(240_000, RUNS * 1_000));
});
