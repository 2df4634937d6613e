/**
 * A department is one name: the department list, journey templates and map imports all find
 * an existing department (trimmed, case-insensitive) instead of adding a second one.
 */
import { describe, expect, it } from 'vitest';
import type { Department, Journey } from '../../../../shared/domain/journey';
import { toMapFile } from '../../../../shared/domain/map/format';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

const names = (list: Department[]) => list.map((d) => d.name);

describe('departments are matched by name', () => {
  it('a template reuses a department the user already made, so "销售部" appears once', async () => {
    const { backend, call } = await sampleBackend(tmp(), 'zh-CN');
    const mine = await call<Department>('departments.create', { name: ' 销售部 ', color: null });
    expect(mine.name).toBe('销售部');
    const created = await call<{ id: string }>('journeys.create', { name: '现场销售', template: 'onsite-sales' });
    const all = await call<Department[]>('departments.list');
    expect(names(all).filter((n) => n === '销售部')).toHaveLength(1);
    expect(new Set(names(all)).size).toBe(all.length);
    const journey = await call<Journey>('journeys.get', { id: created.id });
    expect(journey.lanes.filter((l) => l.name.startsWith('销售')).map((l) => l.departmentId)).toContain(mine.id);
    // A second journey from a template shares the departments of the first.
    await call('journeys.create', { name: '配件订购', template: 'parts' });
    const after = await call<Department[]>('departments.list');
    expect(new Set(names(after)).size).toBe(after.length);
    backend.close();
  });

  it('departments.create and a map import find an existing department whatever its case and spaces', async () => {
    const { backend, call } = await sampleBackend(tmp(), 'en');
    const before = await call<Department[]>('departments.list');
    const finance = before.find((d) => d.name === 'Finance')!;
    expect(await call<Department>('departments.create', { name: '  FINANCE ', color: null })).toEqual(finance);
    const [summary] = await call<{ id: string }[]>('journeys.list');
    const journey = await call<Journey>('journeys.get', { id: summary!.id });
    const byId = new Map(before.map((d) => [d.id, d.name]));
    const map = toMapFile(journey, (id) => (byId.get(id) ?? '').toUpperCase() + '  ', '2026-01-01T00:00:00.000Z');
    const imported = await call<{ id: string }>('journeys.importMap', { map });
    expect(await call<Department[]>('departments.list')).toEqual(before);
    const copy = await call<Journey>('journeys.get', { id: imported.id });
    expect(copy.lanes.map((l) => l.departmentId)).toEqual(journey.lanes.map((l) => l.departmentId));
    backend.close();
  });
});
