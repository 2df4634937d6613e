/**
 * Pure edits of a map document. Every function returns only the lists it changed, as new
 * arrays holding new records for what changed and the very same records for what did not —
 * so `diffDocs` is one identity pass and the undo history shares everything unchanged.
 * A function that changes nothing returns `{}`, which records no undo step.
 */
import type { Flow, Lane, Stage, Touchpoint } from '../../../../shared/domain/journey';
import { renumberCell, type MapDoc } from '../../../../shared/domain/map';

export type DocPatch = Partial<{ stages: Stage[]; lanes: Lane[]; touchpoints: Touchpoint[]; flows: Flow[] }>;

function replaceById<T extends { id: string }>(list: readonly T[], id: string, next: (r: T) => T): T[] | null {
  const i = list.findIndex((r) => r.id === id);
  if (i < 0) return null;
  const updated = next(list[i]!);
  if (sameFields(updated, list[i]!)) return null;
  const copy = list.slice();
  copy[i] = updated;
  return copy;
}

function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function moveInList<T extends { id: string }>(list: readonly T[], id: string, delta: number): T[] | null {
  const i = list.findIndex((r) => r.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return null;
  const copy = list.slice();
  const [item] = copy.splice(i, 1);
  copy.splice(j, 0, item!);
  return copy;
}

/** Removes touchpoints and every flow that touches them, plus the given flows. */
export function removeItems(doc: MapDoc, touchpointIds: ReadonlySet<string>, flowIds: ReadonlySet<string> = new Set()): DocPatch {
  const touchpoints = doc.touchpoints.filter((t) => !touchpointIds.has(t.id));
  const flows = doc.flows.filter((f) => !flowIds.has(f.id) && !touchpointIds.has(f.sourceId) && !touchpointIds.has(f.targetId));
  const patch: DocPatch = {};
  if (touchpoints.length !== doc.touchpoints.length) patch.touchpoints = touchpoints;
  if (flows.length !== doc.flows.length) patch.flows = flows;
  return patch;
}

export function insertStage(doc: MapDoc, stage: Stage, index = doc.stages.length): DocPatch {
  const stages = doc.stages.slice();
  stages.splice(index, 0, stage);
  return { stages };
}

export function updateStage(doc: MapDoc, id: string, patch: Partial<Omit<Stage, 'id'>>): DocPatch {
  const stages = replaceById(doc.stages, id, (s) => ({ ...s, ...patch }));
  return stages ? { stages } : {};
}

export function moveStage(doc: MapDoc, id: string, delta: number): DocPatch {
  const stages = moveInList(doc.stages, id, delta);
  return stages ? { stages } : {};
}

export function deleteStage(doc: MapDoc, id: string): DocPatch {
  if (doc.stages.length <= 1 || !doc.stages.some((s) => s.id === id)) return {};
  const inside = new Set(doc.touchpoints.filter((t) => t.stageId === id).map((t) => t.id));
  return { ...removeItems(doc, inside), stages: doc.stages.filter((s) => s.id !== id) };
}

export function insertLane(doc: MapDoc, lane: Lane, index = doc.lanes.length): DocPatch {
  const lanes = doc.lanes.slice();
  lanes.splice(index, 0, lane);
  return { lanes };
}

export function updateLane(doc: MapDoc, id: string, patch: Partial<Omit<Lane, 'id'>>): DocPatch {
  const lanes = replaceById(doc.lanes, id, (l) => ({ ...l, ...patch }));
  return lanes ? { lanes } : {};
}

export function moveLane(doc: MapDoc, id: string, delta: number): DocPatch {
  const lanes = moveInList(doc.lanes, id, delta);
  return lanes ? { lanes } : {};
}

export function deleteLane(doc: MapDoc, id: string): DocPatch {
  if (doc.lanes.length <= 1 || !doc.lanes.some((l) => l.id === id)) return {};
  const inside = new Set(doc.touchpoints.filter((t) => t.laneId === id).map((t) => t.id));
  return { ...removeItems(doc, inside), lanes: doc.lanes.filter((l) => l.id !== id) };
}

export function insertTouchpoints(doc: MapDoc, touchpoints: readonly Touchpoint[], flows: readonly Flow[] = []): DocPatch {
  if (touchpoints.length === 0) return {};
  const patch: DocPatch = { touchpoints: [...doc.touchpoints, ...touchpoints] };
  if (flows.length) patch.flows = [...doc.flows, ...flows];
  return patch;
}

export function updateTouchpoint(doc: MapDoc, id: string, patch: Partial<Omit<Touchpoint, 'id'>>): DocPatch {
  const touchpoints = replaceById(doc.touchpoints, id, (t) => ({ ...t, ...patch }));
  return touchpoints ? { touchpoints } : {};
}

export interface Move {
  id: string;
  stageId: string;
  laneId: string;
  position: number;
}

/** Applies several moves at once (one undo step for a multi-card drag). */
export function moveTouchpoints(doc: MapDoc, moves: readonly Move[]): DocPatch {
  const byId = new Map(moves.map((m) => [m.id, m]));
  let changed = false;
  const touchpoints = doc.touchpoints.map((t) => {
    const m = byId.get(t.id);
    if (!m || (m.stageId === t.stageId && m.laneId === t.laneId && m.position === t.position)) return t;
    changed = true;
    return { ...t, stageId: m.stageId, laneId: m.laneId, position: m.position };
  });
  return changed ? { touchpoints } : {};
}

/** Renumbers a cell 0…n−1 when fractional positions have become too close to split again. */
export function renumberIfCrowded(doc: MapDoc, stageId: string, laneId: string): MapDoc {
  const cell = doc.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId).map((t) => t.position).sort((a, b) => a - b);
  const crowded = cell.some((p, i) => i > 0 && p - cell[i - 1]! < 1e-6);
  if (!crowded) return doc;
  const renumbered = new Map(renumberCell(doc, stageId, laneId).map((t) => [t.id, t]));
  return { ...doc, touchpoints: doc.touchpoints.map((t) => renumbered.get(t.id) ?? t) };
}

export function insertFlow(doc: MapDoc, flow: Flow): DocPatch {
  if (flow.sourceId === flow.targetId) return {};
  if (doc.flows.some((f) => f.sourceId === flow.sourceId && f.targetId === flow.targetId)) return {};
  const ids = new Set(doc.touchpoints.map((t) => t.id));
  if (!ids.has(flow.sourceId) || !ids.has(flow.targetId)) return {};
  return { flows: [...doc.flows, flow] };
}
