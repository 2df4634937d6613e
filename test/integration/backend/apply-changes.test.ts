/**
 * Saving editor changes: one transaction, version-guarded, confined to one journey.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/domain/journey';
import { diffDocs } from '../../../shared/domain/map/changes';
import { toMapFile } from '../../../shared/domain/map/format';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

async function setup() {
  const ctx = await sampleBackend(tmp());
  const [first] = await ctx.call<{ id: string }[]>('journeys.list');
  const journey = await ctx.call<Journey>('journeys.get', { id: first!.id });
  return { ...ctx, journey };
}

describe('journeys.applyChanges', () => {
  it('adds, edits, moves, reorders and deletes, then reads back exactly that', async () => {
    const { backend, call, journey } = await setup();
    const [s0, s1] = journey.stages;
    const [l0] = journey.lanes;
    const victim = journey.touchpoints[1]!;
    const edited = { ...journey.touchpoints[0]!, title: 'Repair call answered first time', need: 5, transfers: 0 };
    const added = { ...journey.touchpoints[2]!, id: 'new-tp-1', title: '新触点', stageId: s1!.id, laneId: l0!.id, position: 99 };
    const newStage = { id: 'new-stage', name: 'Warranty', color: '#117733' };
    const after = {
      stages: [s1!, s0!, ...journey.stages.slice(2), newStage],
      lanes: journey.lanes,
      touchpoints: [edited, ...journey.touchpoints.slice(2), added],
      flows: [...journey.flows.filter((f) => f.sourceId !== victim.id && f.targetId !== victim.id), { id: 'new-flow', sourceId: edited.id, targetId: added.id, label: '' }],
    };
    const v = await call<{ version: number }>('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: diffDocs(journey, after) });
    expect(v.version).toBe(journey.version + 1);

    const back = await call<Journey>('journeys.get', { id: journey.id });
    expect(back.stages.map((s) => s.id)).toEqual(after.stages.map((s) => s.id));
    expect(back.touchpoints.find((t) => t.id === edited.id)).toMatchObject({ title: edited.title, need: 5, transfers: 0 });
    expect(back.touchpoints.find((t) => t.id === 'new-tp-1')).toMatchObject({ title: '新触点', stageId: s1!.id });
    expect(back.touchpoints.some((t) => t.id === victim.id)).toBe(false);
    expect(back.flows.map((f) => f.id).sort()).toEqual(after.flows.map((f) => f.id).sort());
    // Nothing else changed: a second diff against what was read back is empty.
    const again = diffDocs(back, { ...after, stages: after.stages, touchpoints: back.touchpoints });
    expect(again.touchpoints.upsert).toHaveLength(0);
    backend.close();
  });

  it('refuses a stale base version with a conflict and writes nothing', async () => {
    const { backend, raw, call, journey } = await setup();
    const a = { ...journey, touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, title: 'Window A' } : t)) };
    const b = { ...journey, touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, title: 'Window B' } : t)) };
    await call('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: diffDocs(journey, a) });
    const r = await raw('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: diffDocs(journey, b) });
    expect(!r.ok && r.error.code).toBe('conflict');
    const back = await call<Journey>('journeys.get', { id: journey.id });
    expect(back.touchpoints[0]!.title).toBe('Window A');
    backend.close();
  });

  it('is all-or-nothing: a bad record rolls back the whole change', async () => {
    const { backend, raw, call, journey } = await setup();
    const after = {
      ...journey,
      touchpoints: [
        { ...journey.touchpoints[0]!, title: 'should not stick' },
        ...journey.touchpoints.slice(1),
        { ...journey.touchpoints[0]!, id: 'orphan', stageId: 'no-such-stage' },
      ],
    };
    const r = await raw('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: diffDocs(journey, after) });
    expect(r.ok).toBe(false);
    const back = await call<Journey>('journeys.get', { id: journey.id });
    expect(back.touchpoints[0]!.title).toBe(journey.touchpoints[0]!.title);
    expect(back.version).toBe(journey.version);
    backend.close();
  });

  it('cannot reach into another journey', async () => {
    const { backend, raw, call, journey } = await setup();
    const other = await call<{ id: string; version: number }>('journeys.create', { name: 'Other', template: 'phone' });
    const changes = diffDocs({ stages: [], lanes: [], touchpoints: [journey.touchpoints[0]!], flows: [] }, { stages: [], lanes: [], touchpoints: [], flows: [] });
    const r = await raw('journeys.applyChanges', { id: other.id, baseVersion: other.version, changes });
    expect(!r.ok && r.error.code).toBe('validation');
    expect((await call<Journey>('journeys.get', { id: journey.id })).touchpoints).toHaveLength(journey.touchpoints.length);
    backend.close();
  });

  it('rejects out-of-range ratings through the contract', async () => {
    const { backend, raw, journey } = await setup();
    const after = { ...journey, touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, need: 0 } : t)) };
    const r = await raw('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: diffDocs(journey, after) });
    expect(!r.ok && r.error.code).toBe('validation');
    backend.close();
  });
});

describe('templates, import and departments', () => {
  it('creates a journey from each scene template', async () => {
    const { backend, call } = await setup();
    for (const template of ['onsite-sales', 'service', 'financing', 'phone', 'parts']) {
      const s = await call<{ id: string; touchpointCount: number; scene: string }>('journeys.create', { name: template, template });
      expect(s.touchpointCount).toBeGreaterThanOrEqual(8);
      expect(s.scene).toBe(template);
    }
    const bad = await backend.dispatch('journeys.create', { name: 'x', template: 'moon' });
    expect(!bad.ok && bad.error.code).toBe('validation');
    backend.close();
  });

  it('imports an exported map as a new journey with new ids and the same content', async () => {
    const { backend, call, journey } = await setup();
    const depts = await call<{ id: string; name: string }[]>('departments.list');
    const map = JSON.parse(JSON.stringify(toMapFile(journey, (id) => depts.find((d) => d.id === id)?.name ?? null, '2026-11-23T00:00:00.000Z')));
    const imported = await call<{ id: string }>('journeys.importMap', { map });
    const copy = await call<Journey>('journeys.get', { id: imported.id });
    expect(copy.touchpoints.map((t) => [t.title, t.need, t.transfers])).toEqual(journey.touchpoints.map((t) => [t.title, t.need, t.transfers]));
    expect(copy.flows).toHaveLength(journey.flows.length);
    expect(copy.lanes.map((l) => l.departmentId)).toEqual(journey.lanes.map((l) => l.departmentId));
    expect(copy.touchpoints.some((t) => journey.touchpoints.some((o) => o.id === t.id))).toBe(false);
    expect((await call<unknown[]>('departments.list')).length).toBe(depts.length);
    backend.close();
  });

  it('departments.create reuses an existing name', async () => {
    const { backend, call } = await setup();
    const a = await call<{ id: string }>('departments.create', { name: 'Leasing', color: null });
    const b = await call<{ id: string }>('departments.create', { name: 'leasing', color: '#000000' });
    expect(b.id).toBe(a.id);
    backend.close();
  });
});
