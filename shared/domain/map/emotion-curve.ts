/**
 * The emotion curve above the grid (issue 3; DESIGN.md §2: "the emotion curve plots
 * emotion − 3 (−2 … +2)"). Points follow the journey: stage order, then lane order, then
 * position in the cell. Unrated points keep their place with value `null` — the curve skips
 * them rather than drawing them as 0.
 */
import { emotionPoint } from '../formulas';
import type { Lane, Stage, Touchpoint } from '../journey';
import { compareInCell } from './layout';

export interface CurvePoint {
  touchpointId: string;
  stageId: string;
  /** 0 … n−1 along the journey. */
  order: number;
  /** emotion − 3 (−2 … +2); `null` when unrated. */
  value: number | null;
  /** value ≤ −1 (emotion ≤ 2): a low a workshop talks about. Never true when unrated. */
  low: boolean;
}

/** The value at or below which a point is a low: emotion 2 ("poor") or worse. */
export const CURVE_LOW = -1;

type CurveDoc = { readonly stages: readonly Stage[]; readonly lanes: readonly Lane[]; readonly touchpoints: readonly Touchpoint[] };

/** Curve points in journey order; touchpoints whose stage or lane is missing are left out. */
export function emotionCurve(doc: CurveDoc): CurvePoint[] {
  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  return doc.touchpoints
    .filter((t) => stageIndex.has(t.stageId) && laneIndex.has(t.laneId))
    .sort(
      (a, b) =>
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! ||
        compareInCell(a, b),
    )
    .map((t, order) => {
      const value = emotionPoint(t.emotion);
      return { touchpointId: t.id, stageId: t.stageId, order, value, low: value !== null && value <= CURVE_LOW };
    });
}

/** The lows of a curve, in order. */
export function curveLows(points: readonly CurvePoint[]): CurvePoint[] {
  return points.filter((p) => p.low);
}
