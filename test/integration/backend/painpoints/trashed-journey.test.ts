/**
 * Review records (causes, stories, actions) of a card whose journey is in the trash cannot be
 * changed: the call is refused as not found and the record is still there, unchanged, when
 * the journey is restored.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../../shared/domain/journey';
import type { Envelope } from '../../../../shared/errors';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

describe('review records of a journey in the trash', () => {
  it.each([
    ['painPoints.removeCause', (d: PainPointDetail) => ({ id: d.causes[0]!.id, baseVersion: d.causes[0]!.version })],
    ['painPoints.removeStory', (d: PainPointDetail) => ({ id: d.stories[0]!.id, baseVersion: d.stories[0]!.version })],
    ['actions.delete', (d: PainPointDetail) => ({ id: d.actions[0]!.id, baseVersion: d.actions[0]!.version })],
    ['actions.update', (d: PainPointDetail) => ({ id: d.actions[0]!.id, baseVersion: d.actions[0]!.version, patch: { status: 'done' } })],
  ])('%s is refused and changes nothing', async (op, input) => {
    const { backend, call, raw } = await sampleBackend(tmp());
    const [first] = await call<{ id: string }[]>('journeys.list');
    const journey = await call<Journey>('journeys.get', { id: first!.id });
    const touchpointId = journey.touchpoints[0]!.id;
    await call('painPoints.addCause', { touchpointId, cause: 'other', note: 'n' });
    await call('painPoints.addStory', { touchpointId, kind: 'quote', text: 'q' });
    const before = await call<PainPointDetail>('actions.create', { touchpointId, title: 'Fix it' });
    await call('journeys.delete', { id: journey.id });
    const r = (await raw(op, input(before))) as Envelope<unknown>;
    expect(r.ok ? 'ok' : [r.error.code, r.error.messageCode]).toEqual(['not_found', 'touchpoint.not_found']);
    await call('journeys.restore', { id: journey.id });
    const after = await call<PainPointDetail>('painPoints.get', { touchpointId });
    expect({ causes: after.causes, stories: after.stories, actions: after.actions }).toEqual({ causes: before.causes, stories: before.stories, actions: before.actions });
    backend.close();
  });
});
