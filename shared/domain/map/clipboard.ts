/**
 * Copy and paste of touchpoints with the flows between them (issue 3: "select, multi-select,
 * copy/paste"). A clip is plain data, so it can travel through the system clipboard as JSON.
 * Pasting gives every record a new id, like importing a map file (format.ts), and never
 * creates a flow to a touchpoint that was not copied.
 */
import type { Flow, Lane, Stage, Touchpoint } from '../journey';
import { nextPositionInCell } from './layout';

/** Copied touchpoints and the flows between them (flows to un-copied touchpoints are left out). */
export interface Clip {
  touchpoints: Touchpoint[];
  flows: Flow[];
}

type ClipDoc = {
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly touchpoints: readonly Touchpoint[];
  readonly flows: readonly Flow[];
};

/** The selected touchpoints (document order) and the flows with both ends selected. */
export function copySelection(doc: Pick<ClipDoc, 'touchpoints' | 'flows'>, ids: ReadonlySet<string>): Clip {
  const touchpoints = doc.touchpoints.filter((t) => ids.has(t.id)).map((t) => ({ ...t }));
  const flows = doc.flows.filter((f) => ids.has(f.sourceId) && ids.has(f.targetId)).map((f) => ({ ...f }));
  return { touchpoints, flows };
}

/**
 * The records to add for pasting `clip` into `doc`: new ids everywhere (from `newId`, touchpoints
 * first, then flows), flows remapped to the new touchpoints.
 * - With `target`, every card goes to that cell, in journey order (stage, lane, position).
 * - Without, each card keeps its stage and lane where they still exist in `doc`, else takes the
 *   first stage / first lane.
 * Either way cards are appended after the existing cards of their cell, keeping their relative
 * order. A doc without stages or lanes has no cell to paste into: the result is empty.
 */
export function pasteClip(clip: Clip, doc: ClipDoc, newId: () => string, target?: { stageId: string; laneId: string }): Clip {
  const firstStage = doc.stages[0];
  const firstLane = doc.lanes[0];
  if (!target && (!firstStage || !firstLane)) return { touchpoints: [], flows: [] };

  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const cellOf = (t: Touchpoint) =>
    target ?? {
      stageId: stageIndex.has(t.stageId) ? t.stageId : firstStage!.id,
      laneId: laneIndex.has(t.laneId) ? t.laneId : firstLane!.id,
    };
  const rank = (m: Map<string, number>, id: string) => m.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ordered = clip.touchpoints
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        rank(stageIndex, a.t.stageId) - rank(stageIndex, b.t.stageId) ||
        rank(laneIndex, a.t.laneId) - rank(laneIndex, b.t.laneId) ||
        a.t.position - b.t.position ||
        a.i - b.i,
    );

  const ids = new Map(clip.touchpoints.map((t) => [t.id, newId()]));
  const next = new Map<string, number>();
  const placed = new Map<string, Touchpoint>();
  for (const { t } of ordered) {
    const cell = cellOf(t);
    const key = `${cell.stageId}\u0000${cell.laneId}`;
    const position = next.get(key) ?? nextPositionInCell(doc, cell.stageId, cell.laneId);
    next.set(key, position + 1);
    placed.set(t.id, { ...t, id: ids.get(t.id)!, stageId: cell.stageId, laneId: cell.laneId, position });
  }

  const flows = clip.flows
    .filter((f) => ids.has(f.sourceId) && ids.has(f.targetId))
    .map((f) => ({ ...f, id: newId(), sourceId: ids.get(f.sourceId)!, targetId: ids.get(f.targetId)! }));
  return { touchpoints: clip.touchpoints.map((t) => placed.get(t.id)!), flows };
}
