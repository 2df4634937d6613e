/**
 * Where each flow runs and where its hand-off label sits. Left alone, every flow between two
 * stage columns turns down the same middle line and every label lands on the same spots, so
 * flows read as one bundle and "⇄ hand-off" labels pile on top of each other. Here flows
 * sharing a gutter get their own track in it, and each label takes the first free place
 * along its own flow.
 */
import { getSmoothStepPath, Position } from '@xyflow/react';
import type { Flow } from '../../../../../shared/domain/journey';
import type { GridLayout } from '../../../../../shared/domain/map';
import { HANDLE_SIZE } from './common';

export interface Route {
  /** The ends the route was planned for: a card being dragged moves them, and the route no longer applies. */
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  /** The track of a forward flow; null for a flow running backwards (React Flow routes it). */
  centerX: number | null;
  labelX: number;
  labelY: number;
}

/** Path options of the flows React Flow routes itself (those running backwards). */
export const STEP = { borderRadius: 12, offset: 14 } as const;
/** Tracks in a gutter: this far apart, at most this far from its middle (it is 24 flow px wide). */
const TRACK = 5;
const MAX_SHIFT = 10;
/** The box a "⇄ hand-off" label needs, with a little air (flow pixels, either language). */
const LABEL_W = 64;
const LABEL_H = 18;

type Box = { x: number; y: number };
type Size = { w: number; h: number };

/**
 * A forward flow's path: right from the source, down (or up) its own track at `cx`, right
 * into the target, with rounded corners.
 */
export function trackPath(sx: number, sy: number, cx: number, tx: number, ty: number, radius = STEP.borderRadius): string {
  if (Math.abs(sy - ty) < 1) return `M${sx},${sy}L${tx},${ty}`;
  const down = ty > sy ? 1 : -1;
  const r = Math.max(0, Math.min(radius, Math.abs(ty - sy) / 2, cx - sx, tx - cx));
  return [
    `M${sx},${sy}`,
    `L${cx - r},${sy}`,
    `Q${cx},${sy} ${cx},${sy + down * r}`,
    `L${cx},${ty - down * r}`,
    `Q${cx},${ty} ${cx + r},${ty}`,
    `L${tx},${ty}`,
  ].join('');
}

/** `labelScale`: how much larger the labels are drawn than in the editor (presenting: 20 px instead of 11). */
export function planRoutes(flows: readonly Flow[], handoff: ReadonlySet<string>, layout: GridLayout, labelScale = 1): Map<string, Route> {
  const size = { w: LABEL_W * labelScale, h: LABEL_H * labelScale };
  const ends = new Map<string, { sx: number; sy: number; tx: number; ty: number }>();
  for (const f of flows) {
    const s = layout.cards.get(f.sourceId);
    const t = layout.cards.get(f.targetId);
    // Where React Flow puts the ends: the outer edge of the source handle, the outer edge of the target handle.
    if (s && t) ends.set(f.id, { sx: s.x + s.width + HANDLE_SIZE / 2, sy: s.y + s.height / 2, tx: t.x - HANDLE_SIZE / 2, ty: t.y + t.height / 2 });
  }
  // Forward flows turn in the gutter right after their source's column, each on its own track,
  // in order of height so tracks cross as little as possible.
  const gutters = new Map<number, string[]>();
  for (const [id, e] of ends) {
    if (e.tx <= e.sx + 2 * MAX_SHIFT + 2) continue;
    const key = Math.round(e.sx + MAX_SHIFT + 2);
    (gutters.get(key) ?? gutters.set(key, []).get(key)!).push(id);
  }
  const centerX = new Map<string, number>();
  for (const [key, ids] of gutters) {
    ids.sort((a, b) => ends.get(a)!.ty - ends.get(b)!.ty || ends.get(a)!.sy - ends.get(b)!.sy || (a < b ? -1 : 1));
    ids.forEach((id, i) => centerX.set(id, key + Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, (i - (ids.length - 1) / 2) * TRACK))));
  }

  const routes = new Map<string, Route>();
  const placed: Box[] = [];
  for (const f of flows) {
    const e = ends.get(f.id);
    if (!e) continue;
    const cx = centerX.get(f.id);
    let label: Box;
    if (cx !== undefined) label = { x: cx, y: (e.sy + e.ty) / 2 };
    else {
      const [, lx, ly] = getSmoothStepPath({ sourceX: e.sx, sourceY: e.sy, targetX: e.tx, targetY: e.ty, sourcePosition: Position.Right, targetPosition: Position.Left, ...STEP });
      label = { x: lx, y: ly };
    }
    if (handoff.has(f.id)) {
      label = freePlace(label, e, cx !== undefined && Math.abs(e.sy - e.ty) >= 1, placed, size);
      placed.push(label);
    }
    routes.set(f.id, { ...e, centerX: cx ?? null, labelX: label.x, labelY: label.y });
  }
  return routes;
}

/** The first spot along the flow's straight run (vertical in a gutter, else horizontal) that no label holds yet. */
function freePlace(start: Box, e: { sx: number; sy: number; tx: number; ty: number }, vertical: boolean, placed: Box[], { w: LABEL_W, h: LABEL_H }: Size): Box {
  const free = (b: Box) => !placed.some((p) => Math.abs(p.x - b.x) < LABEL_W && Math.abs(p.y - b.y) < LABEL_H);
  if (free(start)) return start;
  const [lo, hi] = vertical ? [Math.min(e.sy, e.ty) + LABEL_H, Math.max(e.sy, e.ty) - LABEL_H] : [Math.min(e.sx, e.tx) + LABEL_W / 2, Math.max(e.sx, e.tx) - LABEL_W / 2];
  const step = vertical ? LABEL_H : LABEL_W / 2;
  for (let k = 1; k < 60; k++) {
    for (const d of [k * step, -k * step]) {
      const b = vertical ? { x: start.x, y: start.y + d } : { x: start.x + d, y: start.y };
      const v = vertical ? b.y : b.x;
      if (v >= lo && v <= hi && free(b)) return b;
    }
  }
  return start;
}
