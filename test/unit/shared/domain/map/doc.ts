/** Small builders for journey map tests: records with sensible defaults, overridable per test. */
import type { Flow, Journey, Lane, Stage, Touchpoint } from '../../../../../shared/domain/journey';
import type { MapDoc } from '../../../../../shared/domain/map/changes';

export const stage = (id: string, name = id): Stage => ({ id, name, color: null });

export const lane = (id: string, name = id): Lane => ({ id, name, kind: 'department', departmentId: null, color: null });

export const tp = (id: string, stageId: string, laneId: string, more: Partial<Touchpoint> = {}): Touchpoint => ({
  id,
  stageId,
  laneId,
  title: id,
  channel: 'onsite',
  description: '',
  quote: '',
  owner: '',
  need: null,
  convenience: null,
  emotion: null,
  transfers: 0,
  position: 0,
  ...more,
});

export const flow = (id: string, sourceId: string, targetId: string): Flow => ({ id, sourceId, targetId, label: '' });

export const doc = (parts: Partial<MapDoc> = {}): MapDoc => ({ stages: [], lanes: [], touchpoints: [], flows: [], ...parts });

/** A whole journey record around a map, for the file format. */
export const journey = (map: MapDoc): Journey => ({
  id: 'j1',
  name: 'Service',
  scene: 'service',
  persona: 'Fleet owner',
  customerTier: 'gold',
  description: 'Breakdown to pick-up',
  touchpointCount: map.touchpoints.length,
  totalTransfers: map.touchpoints.reduce((n, t) => n + t.transfers, 0),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  version: 3,
  stages: [...map.stages],
  lanes: [...map.lanes],
  touchpoints: [...map.touchpoints],
  flows: [...map.flows],
});

/** Counts calls: `ids()` gives n1, n2, … */
export function idMaker(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
