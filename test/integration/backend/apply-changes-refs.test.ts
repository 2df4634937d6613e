/**
 * Map changes that would leave a card outside its journey's grid, a flow without an end or
 * a lane without its department are refused by name and change nothing — instead of failing
 * on a constraint, or a stage's removal taking cards the change did not delete with it.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/domain/journey';
import type { Envelope } from '../../../shared/errors';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
const none = () => ({ upsert: [] as unknown[], delete: [] as string[] });
const changes = (parts: Record<string, unknown>) => ({ stages: none(), lanes: none(), touchpoints: none(), flows: none(), stageOrder: null, laneOrder: null, ...parts });

type Case = (j: Journey) => Record<string, unknown>;
const cases: [string, Case, string][] = [
  ['a stage removed with cards still in it', (j) => ({ stages: { upsert: [], delete: [j.stages[1]!.id] } }), 'journey.cell_not_empty'],
  [
    'a card moved into a stage the change removes',
    (j) => {
      const tp = j.touchpoints.find((t) => t.stageId !== j.stages[1]!.id)!;
      return { stages: { upsert: [], delete: [j.stages[1]!.id] }, touchpoints: { upsert: [{ ...tp, stageId: j.stages[1]!.id }], delete: [] } };
    },
    'journey.touchpoint_cell_missing',
  ],
  ['a card placed in a stage that does not exist', (j) => ({ touchpoints: { upsert: [{ ...j.touchpoints[0]!, stageId: 'no-such-stage' }], delete: [] } }), 'journey.touchpoint_cell_missing'],
  ['a flow from a card to itself', (j) => ({ flows: { upsert: [{ id: 'f1', sourceId: j.touchpoints[0]!.id, targetId: j.touchpoints[0]!.id, label: '' }], delete: [] } }), 'journey.flow_to_itself'],
  ['a flow to a card that does not exist', (j) => ({ flows: { upsert: [{ id: 'f1', sourceId: j.touchpoints[0]!.id, targetId: 'no-such-card', label: '' }], delete: [] } }), 'journey.flow_end_missing'],
  ['a lane of a department that does not exist', (j) => ({ lanes: { upsert: [{ ...j.lanes[0]!, departmentId: 'no-such-department' }], delete: [] } }), 'journey.lane_department_missing'],
];

describe('journeys.applyChanges with references that do not hold', () => {
  it.each(cases)('refuses %s and changes nothing', async (_what, make, messageCode) => {
    const { backend, call, raw } = await sampleBackend(tmp());
    const [first] = await call<{ id: string }[]>('journeys.list');
    const journey = await call<Journey>('journeys.get', { id: first!.id });
    const r = (await raw('journeys.applyChanges', { id: journey.id, baseVersion: journey.version, changes: changes(make(journey)) })) as Envelope<unknown>;
    expect(r.ok ? 'ok' : [r.error.code, r.error.messageCode]).toEqual(['validation', messageCode]);
    expect(await call<Journey>('journeys.get', { id: journey.id })).toEqual(journey);
    backend.close();
  });
});
