/**
 * A large journey map file (the documented `journey-audit/map` format) for the editor
 * benchmarks and the big-map tests: stages × lanes with touchpoints spread over the cells and
 * flows between them, the same for a given size.
 */
import { MAP_FORMAT, MAP_FORMAT_VERSION, type MapFile } from '../../shared/domain/map/format';

export interface BigMapSize {
  touchpoints: number;
  flows: number;
  stages?: number;
  lanes?: number;
}

export function bigMapFile(opts: BigMapSize): MapFile {
  const stages = opts.stages ?? 10;
  const lanes = opts.lanes ?? 8;
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rating = () => (rand() < 0.1 ? null : 1 + Math.floor(rand() * 5));
  const touchpoints = Array.from({ length: opts.touchpoints }, (_, i) => ({
    id: `t${i + 1}`,
    stageId: `s${(i % stages) + 1}`,
    laneId: `l${(Math.floor(i / stages) % lanes) + 1}`,
    title: `Touchpoint ${i + 1} 触点`,
    channel: 'phone' as const,
    description: '',
    quote: '',
    owner: '',
    need: rating(),
    convenience: rating(),
    emotion: rating(),
    transfers: Math.floor(rand() * 3),
    position: i,
  }));
  const flows = Array.from({ length: opts.flows }, (_, i) => {
    const a = Math.floor(rand() * opts.touchpoints);
    let b = Math.floor(rand() * opts.touchpoints);
    if (b === a) b = (a + 1) % opts.touchpoints;
    return { id: `f${i + 1}`, sourceId: `t${a + 1}`, targetId: `t${b + 1}`, label: '' };
  });
  return {
    format: MAP_FORMAT,
    version: MAP_FORMAT_VERSION,
    exportedAt: '2026-11-23T10:00:00.000Z',
    journey: {
      name: `Benchmark ${opts.touchpoints}`,
      scene: 'service',
      persona: '',
      customerTier: null,
      description: '',
      stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}`, color: null })),
      lanes: Array.from({ length: lanes }, (_, i) => ({
        id: `l${i + 1}`,
        name: `Lane ${i + 1}`,
        kind: i === 0 ? ('customer' as const) : ('department' as const),
        department: null,
        color: null,
      })),
      touchpoints,
      flows,
    },
  };
}
