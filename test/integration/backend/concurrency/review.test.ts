/**
 * Two windows on one workspace reviewing pain points, editing the rules and departments: a
 * write based on an outdated read is refused with `conflict` and writes nothing; a current
 * one goes in.
 */
import { describe, expect, it } from 'vitest';
import { assertDepartmentVersion, listDepartments } from '../../../../electron/backend/departments/repo';
import type { Department } from '../../../../shared/domain/journey';
import type { PainPoint, PainPointDetail } from '../../../../shared/ops/painpoints';
import { twoBackends } from '../../../support/two-backends';
import { useTmpDir } from '../../../support/tmp';
import Database from 'better-sqlite3';

const tmp = useTmpDir();

async function reviewed() {
  const ctx = await twoBackends(tmp());
  const top = (await ctx.a.call<{ points: PainPoint[] }>('painPoints.list')).points[0]!;
  const touchpointId = top.touchpointId;
  await ctx.a.call('painPoints.addCause', { touchpointId, cause: 'slow-response', note: 'Waits over 5 minutes' });
  await ctx.a.call('painPoints.addStory', { touchpointId, kind: 'quote', text: 'Called three times.', source: 'Follow-up call' });
  const detail = await ctx.a.call<PainPointDetail>('actions.create', { touchpointId, title: 'Booking line', owner: 'Service lead' });
  return { ...ctx, touchpointId, detail };
}

const lost = { yearlySpend: 5000, years: 5, peopleTold: 8, shareWhoLeave: 0.2, customersLost: 3 };

describe('pain-point review from two windows', () => {
  it('refuses a stale reach and cost, and takes a current one', async () => {
    const { a, b, snapshot, close, touchpointId, detail } = await reviewed();
    expect(detail.reviewVersion).toBe(0);
    const first = await a.call<PainPointDetail>('painPoints.setReach', { touchpointId, customersPerYear: 1200, lostCustomer: lost, baseVersion: 0 });
    expect(first.reviewVersion).toBe(1);
    const before = snapshot();
    // B still shows the point without a review: its first write is stale too.
    expect(await b.refused('painPoints.setReach', { touchpointId, customersPerYear: 5, lostCustomer: null, baseVersion: 0 })).toMatchObject({
      code: 'conflict',
      params: { record: 'review', id: touchpointId, current: 1, base: 0 },
    });
    expect(snapshot()).toEqual(before);
    const second = await b.call<PainPointDetail>('painPoints.setReach', { touchpointId, customersPerYear: 900, lostCustomer: lost, baseVersion: 1 });
    expect([second.reviewVersion, second.point.customersPerYear]).toEqual([2, 900]);
    close();
  });

  it('refuses a stale action edit or delete, and takes a current one', async () => {
    const { a, b, snapshot, close, detail } = await reviewed();
    const action = detail.actions[0]!;
    const done = await a.call<PainPointDetail>('actions.update', { id: action.id, baseVersion: action.version, patch: { status: 'done' } });
    expect(done.actions[0]).toMatchObject({ status: 'done', version: action.version + 1 });
    const before = snapshot();
    expect(await b.refused('actions.update', { id: action.id, baseVersion: action.version, patch: { title: 'Stale' } })).toMatchObject({
      code: 'conflict',
      params: { record: 'action', id: action.id, current: action.version + 1, base: action.version, title: 'Booking line' },
    });
    expect(await b.refused('actions.delete', { id: action.id, baseVersion: action.version })).toMatchObject({ code: 'conflict' });
    expect(snapshot()).toEqual(before);
    const after = await b.call<PainPointDetail>('actions.delete', { id: action.id, baseVersion: action.version + 1 });
    expect(after.actions).toHaveLength(0);
    close();
  });

  it('refuses removing a cause or story that changed since it was read', async () => {
    const { a, b, snapshot, close, detail, file } = await reviewed();
    const cause = detail.causes[0]!;
    const story = detail.stories[0]!;
    // Another window (or instance) edited both meanwhile; no screen edits them in place yet, so the write is direct.
    const other = new Database(file);
    other.prepare('UPDATE pain_causes SET note = ?, version = version + 1 WHERE id = ?').run('Waits over 10 minutes', cause.id);
    other.prepare('UPDATE customer_stories SET text = ?, version = version + 1 WHERE id = ?').run('Called four times.', story.id);
    other.close();
    const before = snapshot();
    expect(await b.refused('painPoints.removeCause', { id: cause.id, baseVersion: cause.version })).toMatchObject({ code: 'conflict', params: { record: 'cause', id: cause.id } });
    expect(await b.refused('painPoints.removeStory', { id: story.id, baseVersion: story.version })).toMatchObject({ code: 'conflict', params: { record: 'story', id: story.id } });
    expect(snapshot()).toEqual(before);
    const fresh = await a.call<PainPointDetail>('painPoints.get', { touchpointId: detail.point.touchpointId });
    await a.call('painPoints.removeCause', { id: cause.id, baseVersion: fresh.causes[0]!.version });
    const end = await a.call<PainPointDetail>('painPoints.removeStory', { id: story.id, baseVersion: fresh.stories[0]!.version });
    expect([end.causes.length, end.stories.length]).toEqual([0, 0]);
    close();
  });
});

describe('rules and departments from two windows', () => {
  it('refuses stale pain-point rules, and takes current ones', async () => {
    const { a, b, snapshot, close } = await twoBackends(tmp());
    const inB = await b.call<{ version: number }>('settings.painRules');
    const saved = await a.call<{ version: number; minTransfers: number }>('settings.setPainRules', {
      maxFactorRating: 2,
      minTransfers: 3,
      maxSurveyMean: 2.5,
      minSurveyTop2: 0.4,
      baseVersion: inB.version,
    });
    expect(saved.version).toBeGreaterThan(inB.version);
    const before = snapshot();
    expect(await b.refused('settings.setPainRules', { maxFactorRating: 1, minTransfers: 9, maxSurveyMean: 2, minSurveyTop2: 0.5, baseVersion: inB.version })).toMatchObject({
      code: 'conflict',
      params: { record: 'rules', current: saved.version, base: inB.version },
    });
    expect(snapshot()).toEqual(before);
    expect(await b.call('settings.painRules')).toMatchObject({ minTransfers: 3, version: saved.version });
    close();
  });

  it('departments carry a version, and a change based on an old one is refused', async () => {
    const { a, b, close, file } = await twoBackends(tmp());
    const [dept] = await b.call<Department[]>('departments.list');
    expect(dept!.version).toBe(1);
    const created = await a.call<Department>('departments.create', { name: 'Leasing', color: null });
    expect(created.version).toBe(1);
    const db = new Database(file);
    db.prepare('UPDATE departments SET name = ?, version = version + 1 WHERE id = ?').run('After-sales', dept!.id);
    expect(() => assertDepartmentVersion(db as never, dept!.id, dept!.version)).toThrow(expect.objectContaining({ code: 'conflict', params: expect.objectContaining({ record: 'department', current: 2, base: 1, title: 'After-sales' }) }));
    expect(assertDepartmentVersion(db as never, dept!.id, 2).name).toBe('After-sales');
    expect(listDepartments(db as never).find((d) => d.id === dept!.id)?.version).toBe(2);
    db.close();
    close();
  });
});
