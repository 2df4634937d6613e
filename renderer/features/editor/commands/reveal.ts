/** Keeps what was just added in sight: the visible centre, and panning to a new card, stage or lane. */
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, MapNode } from '../canvas/types';
import { revealRect } from '../canvas/viewport';
import { useCanvas } from '../store/canvasStore';

type Rf = ReactFlowInstance<MapNode, FlowEdge>;
const canvasBox = () => document.querySelector('[data-testid="journey-canvas"]')?.getBoundingClientRect() ?? null;

/** The flow point at the middle of the canvas as it is on screen. */
export function visibleCentre(rf: Rf): { x: number; y: number } | undefined {
  const box = canvasBox();
  return box && box.width > 0 ? rf.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : undefined;
}

function reveal(rf: Rf, rect: { x: number; y: number; width: number; height: number } | undefined): void {
  const box = canvasBox();
  if (!rect || !box) return;
  const now = rf.getViewport();
  const next = revealRect(now, rect, box.width, box.height);
  if (next !== now) void rf.setViewport(next, { duration: 200 });
}

export function revealCard(rf: Rf, id: string): void {
  reveal(rf, useCanvas.getState().layout.cards.get(id));
}

export function revealStage(rf: Rf, id: string): void {
  const { layout } = useCanvas.getState();
  const s = layout.stages.find((x) => x.id === id);
  reveal(rf, s && { x: s.x, y: layout.curveHeight, width: s.width, height: layout.stageHeaderHeight });
}

export function revealLane(rf: Rf, id: string): void {
  const { layout } = useCanvas.getState();
  const l = layout.lanes.find((x) => x.id === id);
  reveal(rf, l && { x: 0, y: l.y, width: layout.laneHeaderWidth, height: l.height });
}
