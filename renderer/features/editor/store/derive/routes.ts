/**
 * Where each flow runs and where its hand-off label sits. Left alone, every flow between two
 * stage columns turns down the same middle line and every label lands on the same spots, so
 * flows read as one bundle and "⇄ hand-off" labels pile on top of each other. Here flows
 * sharing a gutter get their own track in it, and each label takes the place along its own
 * flow nearest its middle that covers no other label, no other flow's line and no card.
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

  // Every flow's line, so a label can keep off the others; and the cards, so it keeps off them too.
  const lines = new Map<string, Pt[]>();
  for (const [id, e] of ends) {
    const cx = centerX.get(id);
    if (cx !== undefined) lines.set(id, Math.abs(e.sy - e.ty) < 1 ? [{ x: e.sx, y: e.sy }, { x: e.tx, y: e.ty }] : [{ x: e.sx, y: e.sy }, { x: cx, y: e.sy }, { x: cx, y: e.ty }, { x: e.tx, y: e.ty }]);
    else lines.set(id, pathPoints(getSmoothStepPath({ sourceX: e.sx, sourceY: e.sy, targetX: e.tx, targetY: e.ty, sourcePosition: Position.Right, targetPosition: Position.Left, ...STEP })[0]));
  }
  const obstacles = new Obstacles(lines, layout);

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
      label = freePlace(label, f.id, lines.get(f.id)!, placed, obstacles, size);
      placed.push(label);
    }
    routes.set(f.id, { ...e, centerX: cx ?? null, labelX: label.x, labelY: label.y });
  }
  return routes;
}

type Pt = { x: number; y: number };

/** The corner points of a path of M/L/Q commands (a curve's control point stands in for the curve). */
function pathPoints(d: string): Pt[] {
  const n = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const out: Pt[] = [];
  for (let i = 0; i + 1 < n.length; i += 2) out.push({ x: n[i]!, y: n[i + 1]! });
  return out;
}

/** Other flows' line segments and the cards, bucketed by 200 flow px so a look-up stays local on big maps. */
class Obstacles {
  private readonly cells = new Map<string, { owner: string | null; a: Pt; b: Pt }[]>();
  constructor(lines: ReadonlyMap<string, Pt[]>, layout: GridLayout) {
    for (const [id, pts] of lines) for (let i = 1; i < pts.length; i++) this.add(id, pts[i - 1]!, pts[i]!);
    for (const c of layout.cards.values()) {
      // A card as its two diagonals: any box reaching into the card's middle meets one of them.
      this.add(null, { x: c.x, y: c.y }, { x: c.x + c.width, y: c.y + c.height });
      this.add(null, { x: c.x, y: c.y + c.height }, { x: c.x + c.width, y: c.y });
    }
  }
  private add(owner: string | null, a: Pt, b: Pt) {
    for (const key of keys(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) {
      (this.cells.get(key) ?? this.cells.set(key, []).get(key)!).push({ owner, a, b });
    }
  }
  /** How many other flows' segments and cards a label box centred at `c` would cover. */
  hits(c: Pt, own: string, { w, h }: Size): number {
    const box = { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
    const seen = new Set<object>();
    let n = 0;
    for (const key of keys(box.x0, box.y0, box.x1, box.y1))
      for (const seg of this.cells.get(key) ?? []) {
        if (seg.owner === own || seen.has(seg)) continue;
        seen.add(seg);
        if (crosses(seg.a, seg.b, box)) n++;
      }
    return n;
  }
}

const CELL = 200;
function keys(x0: number, y0: number, x1: number, y1: number): string[] {
  const out: string[] = [];
  for (let i = Math.floor(x0 / CELL); i <= Math.floor(x1 / CELL); i++) for (let j = Math.floor(y0 / CELL); j <= Math.floor(y1 / CELL); j++) out.push(`${i},${j}`);
  return out;
}

/** Whether segment a–b passes through the box (Liang–Barsky clipping). */
function crosses(a: Pt, b: Pt, box: { x0: number; y0: number; x1: number; y1: number }): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * The spot along the flow's own line nearest its middle where the label covers no other label,
 * no other flow's line and no card; failing that, the one covering the fewest.
 */
function freePlace(start: Box, id: string, line: Pt[], placed: Box[], obstacles: Obstacles, size: Size): Box {
  const { w, h } = size;
  const clashes = (b: Box) => placed.filter((p) => Math.abs(p.x - b.x) < w && Math.abs(p.y - b.y) < h).length;
  const cost = (b: Box) => clashes(b) * 100 + obstacles.hits(b, id, size);
  if (cost(start) === 0) return start;
  // Candidates every half label height along the line, nearest the usual spot first.
  const candidates: Box[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < 1) continue;
    for (let d = 0; d <= len; d += h / 2) candidates.push({ x: a.x + ((b.x - a.x) * d) / len, y: a.y + ((b.y - a.y) * d) / len });
  }
  candidates.sort((p, q) => Math.hypot(p.x - start.x, p.y - start.y) - Math.hypot(q.x - start.x, q.y - start.y));
  let best = start;
  let bestCost = cost(start);
  for (const c of candidates) {
    const k = cost(c);
    if (k < bestCost) {
      best = c;
      bestCost = k;
      if (k === 0) break;
    }
  }
  return best;
}
