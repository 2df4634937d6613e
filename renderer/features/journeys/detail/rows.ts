/** Pure helpers that turn a journey into the rows and figures the detail page shows. */
import type { Journey, Lane, Rating, Stage, Touchpoint } from '../../../../shared/domain/journey';

export const FACTORS = ['need', 'convenience', 'emotion'] as const;
export type Factor = (typeof FACTORS)[number];

export interface TouchpointRow {
  touchpoint: Touchpoint;
  stage: Stage | null;
  lane: Lane | null;
  /** Rows this stage cell spans (0 = covered by the row above). */
  stageSpan: number;
  laneSpan: number;
}

/** Touchpoints in stage order, then lane order, then position, with cell spans for grouping. */
export function touchpointRows(journey: Journey): TouchpointRow[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const lanes = new Map(journey.lanes.map((l) => [l.id, l]));
  const order = (id: string, index: Map<string, number>) => index.get(id) ?? Number.MAX_SAFE_INTEGER;

  const sorted = [...journey.touchpoints].sort(
    (a, b) =>
      order(a.stageId, stageIndex) - order(b.stageId, stageIndex) ||
      order(a.laneId, laneIndex) - order(b.laneId, laneIndex) ||
      a.position - b.position,
  );

  const rows: TouchpointRow[] = sorted.map((tp) => ({
    touchpoint: tp,
    stage: stages.get(tp.stageId) ?? null,
    lane: lanes.get(tp.laneId) ?? null,
    stageSpan: 1,
    laneSpan: 1,
  }));
  spanRuns(rows, (r) => r.touchpoint.stageId, 'stageSpan');
  spanRuns(rows, (r) => `${r.touchpoint.stageId}|${r.touchpoint.laneId}`, 'laneSpan');
  return rows;
}

function spanRuns(rows: TouchpointRow[], keyOf: (r: TouchpointRow) => string, field: 'stageSpan' | 'laneSpan'): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const ended = i === rows.length || keyOf(rows[i]!) !== keyOf(rows[start]!);
    if (!ended) continue;
    rows[start]![field] = i - start;
    for (let k = start + 1; k < i; k++) rows[k]![field] = 0;
    start = i;
  }
}

export interface FactorMean {
  mean: number | null;
  rated: number;
}

/** Mean of each factor over the touchpoints rated on it. */
export function factorMeans(touchpoints: readonly Touchpoint[]): Record<Factor, FactorMean> {
  const meanOf = (values: Rating[]): FactorMean => {
    const rated = values.filter((v): v is number => v !== null);
    return { mean: rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null, rated: rated.length };
  };
  return {
    need: meanOf(touchpoints.map((t) => t.need)),
    convenience: meanOf(touchpoints.map((t) => t.convenience)),
    emotion: meanOf(touchpoints.map((t) => t.emotion)),
  };
}
