/**
 * Journey operations through the same dispatch every transport uses, on a real file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { createBackend } from '../../../electron/backend';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

const backendWithSample = (lang: 'zh-CN' | 'en' = 'en') => sampleBackend(tmp(), lang);

describe('the sample project', () => {
  it('holds a real service journey: stages, department lanes, a dozen rated touchpoints with transfers', async () => {
    const { backend, call } = await backendWithSample('zh-CN');
    const [summary] = await call<{ id: string; touchpointCount: number; totalTransfers: number; scene: string }[]>('journeys.list');
    expect(summary!.scene).toBe('service');
    const journey = contract['journeys.get'].output.parse(await call('journeys.get', { id: summary!.id }));
    expect(journey.stages.map((s) => s.name)).toEqual(['故障报修', '诊断', '维修', '交车', '回访']);
    expect(journey.lanes.filter((l) => l.kind === 'department').length).toBeGreaterThanOrEqual(4);
    expect(journey.touchpoints.length).toBeGreaterThanOrEqual(12);
    expect(journey.touchpoints.some((t) => t.transfers >= 2)).toBe(true);
    expect(journey.touchpoints.some((t) => t.need !== null && t.need <= 2)).toBe(true);
    expect(journey.flows.length).toBeGreaterThan(0);
    expect(summary!.totalTransfers).toBe(journey.touchpoints.reduce((s, t) => s + t.transfers, 0));
    backend.close();
  });
});

describe('journey operations', () => {
  it('create, rename, describe, duplicate, delete and restore', async () => {
    const { backend, call } = await backendWithSample();
    const created = await call<{ id: string; name: string; version: number }>('journeys.create', { name: '  Phone contact  ', scene: 'phone' });
    expect(created.name).toBe('Phone contact');
    const blank = await call<{ stages: unknown[]; lanes: { kind: string }[]; touchpoints: unknown[] }>('journeys.get', { id: created.id });
    expect(blank.stages).toHaveLength(3);
    expect(blank.lanes.map((l) => l.kind)).toEqual(['customer', 'department', 'department', 'system']);
    expect(blank.touchpoints).toHaveLength(0);

    const renamed = await call<{ name: string; persona: string; customerTier: string; version: number }>('journeys.update', {
      id: created.id,
      patch: { name: 'Phone contact 2026', persona: 'Fleet owner', customerTier: 'gold' },
    });
    expect(renamed).toMatchObject({ name: 'Phone contact 2026', persona: 'Fleet owner', customerTier: 'gold' });
    expect(renamed.version).toBe(created.version + 1);

    const [sample] = await call<{ id: string; name: string }[]>('journeys.list').then((l) => l.filter((j) => j.id !== created.id));
    const copy = await call<{ id: string; name: string }>('journeys.duplicate', { id: sample!.id });
    expect(copy.name).toBe(`${sample!.name} (copy)`);
    const [orig, dup] = await Promise.all([call<{ touchpoints: { id: string; title: string }[]; flows: unknown[] }>('journeys.get', { id: sample!.id }), call<{ touchpoints: { id: string; title: string }[]; flows: unknown[] }>('journeys.get', { id: copy.id })]);
    expect(dup.touchpoints.map((t) => t.title)).toEqual(orig.touchpoints.map((t) => t.title));
    expect(dup.flows).toHaveLength(orig.flows.length);
    expect(dup.touchpoints.some((t) => orig.touchpoints.some((o) => o.id === t.id))).toBe(false);

    await call('journeys.delete', { id: copy.id });
    expect((await call<{ id: string }[]>('journeys.list')).map((j) => j.id)).not.toContain(copy.id);
    await call('journeys.restore', { id: copy.id });
    expect((await call<{ id: string }[]>('journeys.list')).map((j) => j.id)).toContain(copy.id);
    backend.close();
  });

  it('persists across reopening the file', async () => {
    const { backend, call, dir } = await backendWithSample();
    const created = await call<{ id: string }>('journeys.create', { name: '融资 场景', scene: 'financing' });
    backend.close();
    const again = createBackend({ mode: 'desktop', dataDir: dir, appVersion: 't' });
    await again.session.open(join(dir, 'w.jaudit'));
    const r = await again.dispatch('journeys.get', { id: created.id });
    expect(r.ok && (r.value as { name: string }).name).toBe('融资 场景');
    again.close();
  });
});

describe('dispatch refuses what the contract does not allow', () => {
  it.each([
    ['unknown operation', 'journeys.explode', {}, 'unknown_operation'],
    ['inherited name', 'constructor', {}, 'unknown_operation'],
    ['missing field', 'journeys.create', {}, 'validation'],
    ['wrong type', 'journeys.get', { id: 42 }, 'validation'],
    ['extra field', 'journeys.get', { id: 'x', sql: 'DROP TABLE journeys' }, 'validation'],
    ['bad enum', 'journeys.update', { id: 'x', patch: { scene: 'moon' } }, 'validation'],
    ['input not an object', 'journeys.list', 'hello', 'validation'],
    ['no such journey', 'journeys.get', { id: 'does-not-exist' }, 'not_found'],
  ])('%s → %s', async (_label, name, input, code) => {
    const { backend } = await backendWithSample();
    const r = await backend.dispatch(name, input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe(code);
    backend.close();
  });

  it('says no workspace is open instead of crashing', async () => {
    const backend = createBackend({ mode: 'browser', dataDir: tmp(), appVersion: 't' });
    const r = await backend.dispatch('journeys.list', {});
    expect(!r.ok && r.error.code).toBe('no_workspace');
  });
});
