/**
 * Two app instances (two browser-mode server processes) on one workspace file, editing the
 * same journey: the file stays intact and the instance holding a stale version is refused
 * with a `conflict`, never silently overwriting the other's work.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/domain/journey';
import { diffDocs } from '../../../shared/domain/map/changes';
import { call, findRoot, killAndWait, startServer, value } from '../../stress/kill';
import { useBuiltServers } from '../../support/servers';
import { useTmpDir } from '../../support/tmp';

const ROOT = findRoot(import.meta.dirname);
const tmp = useTmpDir();
const running = useBuiltServers(ROOT);

const doc = (j: Journey) => ({ stages: j.stages, lanes: j.lanes, touchpoints: j.touchpoints, flows: j.flows });
const retitle = (j: Journey, title: string) => diffDocs(doc(j), { ...doc(j), touchpoints: j.touchpoints.map((t, i) => (i === 0 ? { ...t, title } : t)) });

describe('two instances on one workspace', () => {
  it('keep the file intact and refuse the stale edit with a conflict', async () => {
    const dir = tmp();
    const file = join(dir, 'shared.jaudit');
    execFileSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'init', file, '--sample']);
    const [a, b] = await Promise.all([startServer(ROOT, file, join(dir, 'a')), startServer(ROOT, file, join(dir, 'b'))]);
    running.push(a, b);
    const id = (await value<{ id: string }[]>(a, 'journeys.list', {}))[0]!.id;
    const [inA, inB] = await Promise.all([value<Journey>(a, 'journeys.get', { id }), value<Journey>(b, 'journeys.get', { id })]);
    expect(inA.version).toBe(inB.version);

    const saved = await call(a, 'journeys.applyChanges', { id, baseVersion: inA.version, changes: retitle(inA, 'Saved by A') });
    expect(saved.status).toBe(200);

    const stale = await call(b, 'journeys.applyChanges', { id, baseVersion: inB.version, changes: retitle(inB, 'Stale edit by B') });
    expect(stale.body.ok).toBe(false);
    expect(stale.body.error).toMatchObject({ code: 'conflict', params: { id, current: inA.version + 1, base: inB.version } });
    expect(stale.body.error!.message).toMatch(/changed elsewhere/);

    // B reloads and its edit goes in on top of A's.
    const reloaded = await value<Journey>(b, 'journeys.get', { id });
    expect(reloaded.touchpoints[0]!.title).toBe('Saved by A');
    expect((await call(b, 'journeys.applyChanges', { id, baseVersion: reloaded.version, changes: retitle(reloaded, 'B after reload') })).status).toBe(200);

    // Both hammer the journey at once: every save either lands or is refused whole.
    let landed = 0;
    await Promise.all(
      [a, b].map(async (s, n) => {
        for (let i = 0; i < 15; i++) {
          const j = await value<Journey>(s, 'journeys.get', { id });
          const r = await call(s, 'journeys.applyChanges', { id, baseVersion: j.version, changes: retitle(j, `Race ${n}-${i}`) });
          if (r.body.ok) landed++;
          else expect(r.body.error!.code).toBe('conflict');
        }
      }),
    );
    const final = await value<Journey>(a, 'journeys.get', { id });
    expect(final.version).toBe(reloaded.version + 1 + landed);
    expect(final.touchpoints[0]!.title).toMatch(/^Race \d-\d+$/);

    await Promise.all(running.splice(0).map((s) => killAndWait(s.child)));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    const check = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'check', file, '--json'], { encoding: 'utf8' }));
    expect(check).toMatchObject({ ok: true, integrity: 'ok' });
  }, 60_000);
});
