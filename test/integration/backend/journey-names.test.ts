/**
 * Journey names are unique in a workspace: creating or renaming to a taken name is refused
 * with a code and the name (the form words it next to the field); copies, imports and restores
 * get the next free "(2)".
 */
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

describe('journey names', () => {
  it('a second journey with a taken name is refused with a code and the name, whatever its case and spaces', async () => {
    const { backend, call, raw } = await sampleBackend(tmp(), 'zh-CN');
    const [sample] = await call<{ id: string; name: string }[]>('journeys.list');
    expect(sample!.name).toBe('售后维修服务');
    const r = (await raw('journeys.create', { name: ' 售后维修服务 ', template: 'onsite-sales' })) as Envelope<unknown>;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'conflict', messageCode: 'journey.name_taken', params: { name: '售后维修服务' } });
    expect(await call<unknown[]>('journeys.list')).toHaveLength(1);

    const other = await call<{ id: string }>('journeys.create', { name: 'Phone', scene: 'phone' });
    const rename = (await raw('journeys.update', { id: other.id, patch: { name: '售后维修服务' } })) as Envelope<unknown>;
    expect(!rename.ok && rename.error.messageCode).toBe('journey.name_taken');
    // Keeping its own name (with another description) is no conflict.
    await call('journeys.update', { id: other.id, patch: { name: 'phone', description: 'x' } });
    backend.close();
  });

  it('copies and restored journeys get the next free name instead of a clash', async () => {
    const { backend, call } = await sampleBackend(tmp(), 'en');
    const [sample] = await call<{ id: string; name: string }[]>('journeys.list');
    const copy1 = await call<{ name: string }>('journeys.duplicate', { id: sample!.id, name: 'Copy' });
    const copy2 = await call<{ name: string }>('journeys.duplicate', { id: sample!.id, name: 'Copy' });
    expect([copy1.name, copy2.name]).toEqual(['Copy', 'Copy (2)']);
    await call('journeys.delete', { id: sample!.id });
    await call('journeys.create', { name: sample!.name });
    const back = await call<{ name: string }>('journeys.restore', { id: sample!.id });
    expect(back.name).toBe(`${sample!.name} (2)`);
    backend.close();
  });
});
