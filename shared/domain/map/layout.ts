/**
 * Grid geometry of a journey map in flow coordinates (pixels at zoom 1): stages are columns,
 * lanes are rows, touchpoint cards stack inside their stage × lane cell. Issue 3: "stages as
 * columns, lanes as rows … lanes resize to fit; drag touchpoints between cells; they snap".
 * Above the grid sit the emotion curve band (y 0 … curveHeight) and the stage headers.
 */
import type { Lane, Stage, Touchpoint } from '../journey';

export const GRID = {
  laneHeaderWidth: 168,
  stageWidth: 268,
  stageHeaderHeight: 64,
  curveHeight: 150,
  cardWidth: 232,
  cardHeight: 118,
  cardGap: 14,
  cellPaddingX: 18,
  cellPaddingY: 16,
  minLaneHeight: 150,
} as const;

/** A column; x is measured from the grid's left edge (lane headers occupy 0 … laneHeaderWidth). */
export interface StageBox { id: string; x: number; width: number }
/** A row; the first lane starts at `gridTop` = curveHeight + stageHeaderHeight. */
export interface LaneBox { id: string; y: number; height: number }
export interface CardBox { id: string; x: number; y: number; width: number; height: number }
export interface GridLayout {
  stages: StageBox[];
  lanes: LaneBox[];
  cards: Map<string, CardBox>;
  width: number;
  height: number;
  /** y of the first lane. */
  gridTop: number;
  /** y of the emotion curve band: always 0. */
  curveTop: number;
  /** Height of the emotion curve band (it spans y 0 … curveHeight). */
  curveHeight: number;
  /** Height of the stage header row (y curveHeight … gridTop). */
  stageHeaderHeight: number;
  /** Width of the lane header column (x 0 … laneHeaderWidth). */
  laneHeaderWidth: number;
}

type Cards = { readonly touchpoints: readonly Touchpoint[] };
type Grid = Cards & { readonly stages: readonly Stage[]; readonly lanes: readonly Lane[] };

/** Order of cards inside one cell: by `position`, ties by id so the order is stable everywhere. */
export function compareInCell(a: Pick<Touchpoint, 'id' | 'position'>, b: Pick<Touchpoint, 'id' | 'position'>): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The cards of one cell in display order. */
export function cellCards(doc: Cards, stageId: string, laneId: string): Touchpoint[] {
  return doc.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId).sort(compareInCell);
}

/** Height of `n` stacked cards, without the cell padding. */
export const stackHeight = (n: number): number => (n === 0 ? 0 : n * GRID.cardHeight + (n - 1) * GRID.cardGap);

const cellKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

/** Lays out the grid; touchpoints whose stage or lane is missing are skipped. */
export function layoutJourney(doc: Grid): GridLayout {
  const gridTop = GRID.curveHeight + GRID.stageHeaderHeight;
  const stages = doc.stages.map((s, i) => ({ id: s.id, x: GRID.laneHeaderWidth + i * GRID.stageWidth, width: GRID.stageWidth }));
  const stageX = new Map(stages.map((s) => [s.id, s.x]));
  const laneIds = new Set(doc.lanes.map((l) => l.id));

  const cells = new Map<string, Touchpoint[]>();
  for (const t of doc.touchpoints) {
    if (!stageX.has(t.stageId) || !laneIds.has(t.laneId)) continue;
    const key = cellKey(t.stageId, t.laneId);
    const list = cells.get(key);
    if (list) list.push(t);
    else cells.set(key, [t]);
  }
  const tallest = new Map<string, number>();
  for (const list of cells.values()) {
    list.sort(compareInCell);
    const laneId = list[0]!.laneId;
    tallest.set(laneId, Math.max(tallest.get(laneId) ?? 0, list.length));
  }

  const lanes: LaneBox[] = [];
  let y = gridTop;
  for (const l of doc.lanes) {
    const height = Math.max(GRID.minLaneHeight, stackHeight(tallest.get(l.id) ?? 0) + 2 * GRID.cellPaddingY);
    lanes.push({ id: l.id, y, height });
    y += height;
  }
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));

  const cards = new Map<string, CardBox>();
  for (const list of cells.values()) {
    const x = stageX.get(list[0]!.stageId)! + GRID.cellPaddingX;
    const top = laneY.get(list[0]!.laneId)! + GRID.cellPaddingY;
    list.forEach((t, i) => {
      cards.set(t.id, { id: t.id, x, y: top + i * (GRID.cardHeight + GRID.cardGap), width: GRID.cardWidth, height: GRID.cardHeight });
    });
  }

  return {
    stages,
    lanes,
    cards,
    width: GRID.laneHeaderWidth + stages.length * GRID.stageWidth,
    height: y,
    gridTop,
    curveTop: 0,
    curveHeight: GRID.curveHeight,
    stageHeaderHeight: GRID.stageHeaderHeight,
    laneHeaderWidth: GRID.laneHeaderWidth,
  };
}

/** The cell under a point, or null outside the grid body (headers, curve band, beyond the edges). */
export function cellAt(layout: GridLayout, point: { x: number; y: number }): { stageId: string; laneId: string } | null {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * The cell nearest to a point: the one under it, or — for a point over the headers, the curve
 * or beyond the grid — the closest stage and lane. Null only for a grid with no cells.
 */
export function nearestCell(layout: GridLayout, point: { x: number; y: number }): { stageId: string; laneId: string } | null {
  const distance = (lo: number, size: number, v: number) => (v < lo ? lo - v : v >= lo + size ? v - (lo + size) + 1 : 0);
  const closest = <T,>(list: T[], key: (t: T) => number) => list.reduce<T | null>((best, t) => (best === null || key(t) < key(best) ? t : best), null);
  const stage = closest(layout.stages, (s) => distance(s.x, s.width, point.x));
  const lane = closest(layout.lanes, (l) => distance(l.y, l.height, point.y));
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/** Position after the last card of a cell (0 for an empty cell). */
export function nextPositionInCell(doc: Cards, stageId: string, laneId: string): number {
  const cards = cellCards(doc, stageId, laneId);
  return cards.length === 0 ? 0 : Math.floor(cards[cards.length - 1]!.position) + 1;
}

/**
 * Where a dragged card snaps: the cell under its centre `point`, and a `position` that puts it
 * among the cell's other cards by the y of the point (past a neighbour's centre = after it).
 * Positions are fractional: the midpoint between neighbours, or a whole step before the first /
 * after the last. Dropping a card back where it was keeps its position, so a no-op drag changes
 * nothing. When neighbours' positions get too close to split, call `renumberCell` first.
 */
export function dropTarget(
  layout: GridLayout,
  doc: Cards,
  touchpointId: string,
  point: { x: number; y: number },
): { stageId: string; laneId: string; position: number } | null {
  const cell = cellAt(layout, point);
  if (!cell) return null;
  const all = cellCards(doc, cell.stageId, cell.laneId);
  const others = all.filter((t) => t.id !== touchpointId);
  const lane = layout.lanes.find((l) => l.id === cell.laneId)!;
  const centre = (t: Touchpoint, i: number) => {
    const box = layout.cards.get(t.id);
    return box ? box.y + box.height / 2 : lane.y + GRID.cellPaddingY + i * (GRID.cardHeight + GRID.cardGap) + GRID.cardHeight / 2;
  };
  const index = others.filter((t) => centre(t, all.indexOf(t)) < point.y).length;
  const before = others[index - 1];
  const after = others[index];

  const self = all.find((t) => t.id === touchpointId);
  if (self && (!before || compareInCell(before, self) < 0) && (!after || compareInCell(self, after) < 0)) {
    return { ...cell, position: self.position };
  }
  let position = 0;
  if (before && after) position = (before.position + after.position) / 2;
  else if (before) position = Math.floor(before.position) + 1;
  else if (after) position = Math.ceil(after.position) - 1;
  return { ...cell, position };
}

/** Touchpoints of a cell whose position must change to renumber it 0 … n−1 (same order), as new records. */
export function renumberCell(doc: Cards, stageId: string, laneId: string): Touchpoint[] {
  return cellCards(doc, stageId, laneId).flatMap((t, i) => (t.position === i ? [] : [{ ...t, position: i }]));
}
