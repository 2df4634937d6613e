/**
 * A stage or lane order that does not list each of the journey's stages (lanes) exactly once
 * — one left out, one twice, one of another journey — is refused and changes nothing, so
 * two stages can never end up at the same place in the map.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/domain/journey';
import type { Envelope } from '../../../shared/errors';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
const none = () => ({ upsert: [], delete: [] });

describe('journeys.applyChanges with an order that does not fit the journey', () => {
  it.each([
    ['stageOrder', 'a stage left out', (ids: string[]) => ids.slice(1), 'journey.stage_order_mismatch'],
    ['stageOrder', 'a stage twice', (ids: string[]) => [...ids, ids[0]!], 'journey.stage_order_mismatch'],
    ['laneOrder', 'a lane left out', (ids: string[]) => ids.slice(0, -1), 'journey.lane_order_mismatch'],
    ['laneOrder', 'a lane of another journey added', (ids: string[], other: string[]) => [...ids, other[0]!], 'journey.lane_order_mismatch'],
  ])('refuses a %s with %s', async (key, _what, order, messageCode) => {
    const dir = tmp();
    const { backend, call, raw } = await sampleBackend(dir);
    const [first] = await call<{ id: string }[]>('journeys.list');
    const copy = await call<{ id: string }>('journeys.duplicate', { id: first!.id, name: 'Copy' });
    const journey = await call<Journey>('journeys.get', { id: first!.id });
    const other = await call<Journey>('journeys.get', { id: copy.id });
    const list = key === 'stageOrder' ? journey.stages : journey.lanes;
    const otherList = key === 'stageOrder' ? other.stages : other.lanes;
    const changes = { stages: none(), lanes: none(), touchpoints: none(), flows: none(), stageOrder: null, laneOrder: null, [key]: order(list.map((x) => x.id), otherList.map((x) => x.id)) };
    const r = (await raw('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes })) as Envelope<unknown>;
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.messageCode]).toEqual(['validation', messageCode]);
    const back = await call<Journey>('journeys.get', { id: journey.id });
    expect(back).toEqual(journey);
    backend.close();
    const db = new Database(join(dir, 'w.jaudit'), { readonly: true });
    const repeats = db.prepare('SELECT count(*) FROM (SELECT 1 FROM stages GROUP BY journey_id, position HAVING count(*) > 1 UNION ALL SELECT 1 FROM lanes GROUP BY journey_id, position HAVING count(*) > 1)').pluck().get();
    db.close();
    expect(repeats).toBe(0);
  });
});
