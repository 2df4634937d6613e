/**
 * The editor's named actions: what commands, the canvas and the inspector call. Each one is
 * a single document change (one undo step) plus, where it helps, a selection change.
 */
import type { Lane, LaneKind, Stage, Touchpoint } from '../../../../shared/domain/journey';
import { copySelection, dropTarget, nearestCell, nextPositionInCell, pasteClip, type Clip, type MapDoc } from '../../../../shared/domain/map';
import i18n from '../../../i18n';
import { newId } from '../ids';
import { rebuildCanvas, requestFocus, select, selectHeader, setConnectHandler, useCanvas } from './canvasStore';
import { currentDoc, useDoc } from './docStore';
import * as ops from './docOps';

const apply = (edit: (doc: MapDoc) => ops.DocPatch) => useDoc.getState().apply(edit);

// Stages -------------------------------------------------------------------------------------------

export function addStage(afterId?: string): string {
  const id = newId();
  const stage: Stage = { id, name: i18n.t('editor.defaults.stage'), color: null };
  apply((doc) => {
    const at = afterId ? doc.stages.findIndex((s) => s.id === afterId) + 1 : doc.stages.length;
    return ops.insertStage(doc, stage, at > 0 ? at : doc.stages.length);
  });
  selectHeader({ kind: 'stage', id });
  requestFocus();
  return id;
}

export const renameStage = (id: string, name: string) => {
  const trimmed = name.trim();
  if (trimmed) apply((doc) => ops.updateStage(doc, id, { name: trimmed.slice(0, 200) }));
};
export const recolorStage = (id: string, color: string | null) => apply((doc) => ops.updateStage(doc, id, { color }));
export const moveStage = (id: string, delta: number) => apply((doc) => ops.moveStage(doc, id, delta));
export const deleteStage = (id: string) => apply((doc) => ops.deleteStage(doc, id));

// Lanes --------------------------------------------------------------------------------------------

export function addLane(afterId?: string, kind: LaneKind = 'department'): string {
  const id = newId();
  const lane: Lane = { id, name: i18n.t('editor.defaults.lane'), kind, departmentId: null, color: null };
  apply((doc) => {
    const at = afterId ? doc.lanes.findIndex((l) => l.id === afterId) + 1 : doc.lanes.length;
    return ops.insertLane(doc, lane, at > 0 ? at : doc.lanes.length);
  });
  selectHeader({ kind: 'lane', id });
  requestFocus();
  return id;
}

export const renameLane = (id: string, name: string) => {
  const trimmed = name.trim();
  if (trimmed) apply((doc) => ops.updateLane(doc, id, { name: trimmed.slice(0, 200) }));
};
export const recolorLane = (id: string, color: string | null) => apply((doc) => ops.updateLane(doc, id, { color }));
export const updateLane = (id: string, patch: Partial<Omit<Lane, 'id'>>) => apply((doc) => ops.updateLane(doc, id, patch));
export const moveLane = (id: string, delta: number) => apply((doc) => ops.moveLane(doc, id, delta));
export const deleteLane = (id: string) => apply((doc) => ops.deleteLane(doc, id));

// Touchpoints --------------------------------------------------------------------------------------

/** Adds a touchpoint at the end of a cell, selects it and asks the inspector to focus its title. */
export function addTouchpoint(stageId: string, laneId: string): string {
  const id = newId();
  apply((doc) => {
    const tp: Touchpoint = {
      id,
      stageId,
      laneId,
      title: i18n.t('editor.defaults.touchpoint'),
      channel: 'other',
      description: '',
      quote: '',
      owner: '',
      need: null,
      convenience: null,
      emotion: null,
      transfers: 0,
      position: nextPositionInCell(doc, stageId, laneId),
    };
    return ops.insertTouchpoints(doc, [tp]);
  });
  select([id]);
  requestFocus();
  return id;
}

export const updateTouchpoint = (id: string, patch: Partial<Omit<Touchpoint, 'id'>>) => apply((doc) => ops.updateTouchpoint(doc, id, patch));

export const moveTouchpoint = (id: string, stageId: string, laneId: string, position: number) =>
  apply((doc) => ops.moveTouchpoints(doc, [{ id, stageId, laneId, position }]));

/**
 * Ends a drag: each dragged card snaps to the cell under its centre. All moves are one
 * document change, so the whole drag is one undo step; cards dropped outside the grid
 * (or back where they were) return to their place.
 */
export function commitDrag(dropped: { id: string; centre: { x: number; y: number } }[]): void {
  const layout = useCanvas.getState().layout;
  apply((doc) => {
    let working: MapDoc = doc;
    for (const d of dropped) {
      const target = dropTarget(layout, working, d.id, d.centre);
      if (!target) continue;
      const renumbered = ops.renumberIfCrowded(working, target.stageId, target.laneId);
      const final = renumbered === working ? target : dropTarget(layout, renumbered, d.id, d.centre)!;
      const patch = ops.moveTouchpoints(renumbered, [{ id: d.id, ...final }]);
      working = patch.touchpoints ? { ...renumbered, touchpoints: patch.touchpoints } : renumbered;
    }
    return working.touchpoints === doc.touchpoints ? {} : { touchpoints: working.touchpoints as Touchpoint[] };
  });
  // Snap back anything that did not move (outside the grid, or dropped in place).
  rebuildCanvas();
}

/** Moves the selected card one cell left/right (stage) or up/down (lane), for the keyboard. */
export function nudgeTouchpoint(id: string, dx: number, dy: number): void {
  const doc = currentDoc();
  const tp = doc.touchpoints.find((t) => t.id === id);
  if (!tp) return;
  const si = doc.stages.findIndex((s) => s.id === tp.stageId) + dx;
  const li = doc.lanes.findIndex((l) => l.id === tp.laneId) + dy;
  const stage = doc.stages[si];
  const lane = doc.lanes[li];
  if (!stage || !lane) return;
  moveTouchpoint(id, stage.id, lane.id, nextPositionInCell(doc, stage.id, lane.id));
}

// Selection-wide -----------------------------------------------------------------------------------

/** Deletes the selected touchpoints (with their flows) and selected flows. */
export function deleteSelection(): void {
  const { touchpoints, flows } = useCanvas.getState();
  if (touchpoints.size === 0 && flows.size === 0) return;
  apply((doc) => ops.removeItems(doc, touchpoints, flows));
}

export function addFlow(sourceId: string, targetId: string): void {
  apply((doc) => ops.insertFlow(doc, { id: newId(), sourceId, targetId, label: '' }));
}

export const deleteFlow = (id: string) => apply((doc) => ops.removeItems(doc, new Set(), new Set([id])));

setConnectHandler(addFlow);

// Clipboard ----------------------------------------------------------------------------------------

let clipboard: Clip | null = null;

export function copy(): number {
  const ids = useCanvas.getState().touchpoints;
  if (ids.size === 0) return 0;
  clipboard = copySelection(currentDoc(), ids);
  useCanvas.setState({ clipCount: clipboard.touchpoints.length });
  return clipboard.touchpoints.length;
}

export const hasClip = () => clipboard !== null && clipboard.touchpoints.length > 0;

/** Pastes into the selected card's cell, or each card back into its original cell; selects the copies. */
export function paste(): number {
  if (!clipboard) return 0;
  const doc = currentDoc();
  const anchor = [...useCanvas.getState().touchpoints][0];
  const at = anchor ? doc.touchpoints.find((t) => t.id === anchor) : undefined;
  const added = pasteClip(clipboard, doc, newId, at ? { stageId: at.stageId, laneId: at.laneId } : undefined);
  if (added.touchpoints.length === 0) return 0;
  apply((d) => ops.insertTouchpoints(d, added.touchpoints, added.flows));
  select(added.touchpoints.map((t) => t.id));
  return added.touchpoints.length;
}

/**
 * The cell a new touchpoint goes into — where the user is working: the selected card's cell;
 * else the cell at `centre` (the middle of what is on screen, in flow coordinates), within
 * the selected stage or lane if one is; else the first cell.
 */
export function targetCell(centre?: { x: number; y: number }): { stageId: string; laneId: string } | null {
  const doc = currentDoc();
  const { touchpoints, header, layout } = useCanvas.getState();
  const first = [...touchpoints][0];
  const tp = first ? doc.touchpoints.find((t) => t.id === first) : undefined;
  if (tp) return { stageId: tp.stageId, laneId: tp.laneId };
  const seen = centre ? nearestCell(layout, centre) : null;
  const stageId = header?.kind === 'stage' ? header.id : (seen?.stageId ?? doc.stages[0]?.id);
  const laneId = header?.kind === 'lane' ? header.id : (seen?.laneId ?? doc.lanes[0]?.id);
  return stageId && laneId ? { stageId, laneId } : null;
}
