/**
 * Grid geometry for presenting a journey on a projector. The editor's grid stacks a cell's
 * cards in one narrow column, so a map is tall and a stage is narrow; fitted to a 1080-pixel
 * screen its type would shrink to 10 px. Here a stage is as wide as it needs to be and a
 * cell's cards sit side by side (up to `maxColumns`), so lanes stay one card high and the
 * whole height of an ordinary map (six lanes) fits a 1080p screen at zoom ≈ 1, where the
 * presentation styles keep every text at 20 flow pixels or more. A stage is also wide enough
 * that each point of the emotion curve has `pointRoom` for its label.
 */
import type { Lane, Stage, Touchpoint } from '../journey';
import { compareInCell, type CardBox, type GridLayout, type LaneBox, type StageBox } from './layout';

export const SHOW_GRID = {
  laneHeaderWidth: 220,
  stageHeaderHeight: 100,
  curveHeight: 230,
  cardWidth: 380,
  cardHeight: 104,
  cardGap: 12,
  cellPaddingX: 16,
  cellPaddingY: 8,
  minStageWidth: 420,
  /** Horizontal room per curve point, so a low's label (wrapped) never meets its neighbour's. */
  pointRoom: 190,
  maxColumns: 3,
} as const;

type Grid = { readonly stages: readonly Stage[]; readonly lanes: readonly Lane[]; readonly touchpoints: readonly Touchpoint[] };

const span = (n: number, size: number) => (n === 0 ? 0 : n * size + (n - 1) * SHOW_GRID.cardGap);

/** Lays out the grid for presenting; touchpoints whose stage or lane is missing are skipped. */
export function layoutForShow(doc: Grid): GridLayout {
  const G = SHOW_GRID;
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  const stageIds = new Set(doc.stages.map((s) => s.id));
  const cells = new Map<string, Touchpoint[]>();
  const perStage = new Map<string, number>();
  for (const t of doc.touchpoints) {
    if (!stageIds.has(t.stageId) || !laneIds.has(t.laneId)) continue;
    const key = `${t.stageId}\u0000${t.laneId}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(t);
    perStage.set(t.stageId, (perStage.get(t.stageId) ?? 0) + 1);
  }
  const columns = new Map<string, number>();
  for (const list of cells.values()) {
    list.sort(compareInCell);
    const id = list[0]!.stageId;
    columns.set(id, Math.min(G.maxColumns, Math.max(columns.get(id) ?? 1, list.length)));
  }

  const stages: StageBox[] = [];
  let x = G.laneHeaderWidth;
  for (const s of doc.stages) {
    const cols = columns.get(s.id) ?? 1;
    const width = Math.max(G.minStageWidth, span(cols, G.cardWidth) + 2 * G.cellPaddingX, (perStage.get(s.id) ?? 0) * G.pointRoom);
    stages.push({ id: s.id, x, width });
    x += width;
  }
  const stageBox = new Map(stages.map((s) => [s.id, s]));

  const rows = new Map<string, number>();
  for (const list of cells.values()) {
    const { stageId, laneId } = list[0]!;
    rows.set(laneId, Math.max(rows.get(laneId) ?? 1, Math.ceil(list.length / (columns.get(stageId) ?? 1))));
  }
  const gridTop = G.curveHeight + G.stageHeaderHeight;
  const lanes: LaneBox[] = [];
  let y = gridTop;
  for (const l of doc.lanes) {
    const height = span(rows.get(l.id) ?? 1, G.cardHeight) + 2 * G.cellPaddingY;
    lanes.push({ id: l.id, y, height });
    y += height;
  }
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));

  const cards = new Map<string, CardBox>();
  for (const list of cells.values()) {
    const s = stageBox.get(list[0]!.stageId)!;
    const cols = columns.get(s.id) ?? 1;
    // The block of cards is centred in its (possibly wider) stage column.
    const left = s.x + (s.width - span(cols, G.cardWidth)) / 2;
    const top = laneY.get(list[0]!.laneId)! + G.cellPaddingY;
    list.forEach((t, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      cards.set(t.id, {
        id: t.id,
        x: left + col * (G.cardWidth + G.cardGap),
        y: top + row * (G.cardHeight + G.cardGap),
        width: G.cardWidth,
        height: G.cardHeight,
      });
    });
  }
  return {
    stages,
    lanes,
    cards,
    width: x,
    height: y,
    gridTop,
    curveTop: 0,
    curveHeight: G.curveHeight,
    stageHeaderHeight: G.stageHeaderHeight,
    laneHeaderWidth: G.laneHeaderWidth,
  };
}
