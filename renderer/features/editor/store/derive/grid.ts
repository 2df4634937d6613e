/**
 * The scenery around the cards: emotion curve, corner, stage headers with their figures,
 * lane bands and headers, stage dividers. Each keeps its previous object when unchanged.
 */
import type { Department } from '../../../../../shared/domain/journey';
import { emotionCurve, statsByStage, type GridLayout, type MapDoc } from '../../../../../shared/domain/map';
import {
  BAND_PREFIX,
  COLUMN_PREFIX,
  CORNER_ID,
  CURVE_ID,
  LANE_PREFIX,
  STAGE_PREFIX,
  type CurveDot,
  type CurveNode,
  type MapNode,
  type StageFigures,
} from '../../canvas/types';
import { box, FIXED, samePlace } from './common';

/** Headers are clickable (they select themselves) and focusable, but not React Flow selections. */
const HEADER = { selectable: false, draggable: false, handles: FIXED.handles } as const;

const sameFigures = (a: StageFigures, b: StageFigures) =>
  a.touchpoints === b.touchpoints &&
  a.need === b.need &&
  a.convenience === b.convenience &&
  a.emotion === b.emotion &&
  a.transfers === b.transfers &&
  a.loyalty === b.loyalty;

const sameDots = (a: CurveDot[], b: CurveDot[]) =>
  a.length === b.length &&
  a.every((d, i) => d.id === b[i]!.id && d.x === b[i]!.x && d.value === b[i]!.value && d.title === b[i]!.title && d.room === b[i]!.room);

/** Curve points spread evenly across their stage column, in journey order. */
function curveNode(doc: MapDoc, layout: GridLayout, show: boolean, prev: MapNode | undefined): CurveNode {
  const curve = emotionCurve(doc);
  const titles = new Map(doc.touchpoints.map((t) => [t.id, t.title]));
  const perStage = new Map<string, number>();
  for (const p of curve) perStage.set(p.stageId, (perStage.get(p.stageId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const stageBox = new Map(layout.stages.map((s) => [s.id, s]));
  const dots: CurveDot[] = curve.map((p) => {
    const s = stageBox.get(p.stageId)!;
    const i = seen.get(p.stageId) ?? 0;
    seen.set(p.stageId, i + 1);
    const room = s.width / perStage.get(p.stageId)!;
    return { id: p.touchpointId, x: s.x + (i + 0.5) * room, value: p.value, low: p.low, title: titles.get(p.touchpointId) ?? '', room };
  });
  const h = layout.curveHeight;
  if (prev?.type === 'curve' && prev.data.show === show && samePlace(prev, 0, 0, layout.width, h) && sameDots(prev.data.dots, dots)) return prev;
  return { id: CURVE_ID, type: 'curve', ...box(0, 0, layout.width, h), data: { dots, stages: layout.stages, left: layout.laneHeaderWidth, show }, ...FIXED };
}

/** The scenery's nodes; `show` when the layout is the presentation's (the curve labels every low in full). */
export function gridNodes(doc: MapDoc, layout: GridLayout, departments: readonly Department[], prev: ReadonlyMap<string, MapNode>, show = false): MapNode[] {
  const { curveHeight, stageHeaderHeight, laneHeaderWidth } = layout;
  const nodes: MapNode[] = [curveNode(doc, layout, show, prev.get(CURVE_ID))];
  const corner = prev.get(CORNER_ID);
  nodes.push(
    corner && samePlace(corner, 0, curveHeight, laneHeaderWidth, stageHeaderHeight)
      ? corner
      : { id: CORNER_ID, type: 'corner', ...box(0, curveHeight, laneHeaderWidth, stageHeaderHeight), data: {}, ...FIXED },
  );

  const stats = statsByStage(doc);
  doc.stages.forEach((stage, index) => {
    const s = layout.stages[index]!;
    const st = stats.get(stage.id)!;
    const figures: StageFigures = {
      touchpoints: st.touchpoints,
      need: st.means.need,
      convenience: st.means.convenience,
      emotion: st.means.emotion,
      transfers: st.transfers,
      loyalty: st.loyaltyKept,
    };
    const id = STAGE_PREFIX + stage.id;
    const old = prev.get(id);
    const same =
      old?.type === 'stage' &&
      old.data.stage === stage &&
      old.data.index === index &&
      old.data.count === doc.stages.length &&
      sameFigures(old.data.figures, figures) &&
      samePlace(old, s.x, curveHeight, s.width, stageHeaderHeight);
    nodes.push(
      same
        ? old
        : {
            id,
            type: 'stage',
            ...box(s.x, curveHeight, s.width, stageHeaderHeight),
            data: { stage, index, count: doc.stages.length, figures },
            ...HEADER,
          },
    );
  });

  const counts = new Map<string, number>();
  for (const t of doc.touchpoints) counts.set(t.laneId, (counts.get(t.laneId) ?? 0) + 1);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  doc.lanes.forEach((lane, index) => {
    const l = layout.lanes[index]!;
    const bandId = BAND_PREFIX + lane.id;
    const band = prev.get(bandId);
    nodes.push(
      band?.type === 'band' && band.data.index === index && band.data.color === lane.color && samePlace(band, 0, l.y, layout.width, l.height)
        ? band
        : { id: bandId, type: 'band', ...box(0, l.y, layout.width, l.height), data: { index, color: lane.color }, ...FIXED, zIndex: -1 },
    );
    const headId = LANE_PREFIX + lane.id;
    const head = prev.get(headId);
    const count = counts.get(lane.id) ?? 0;
    const department = lane.departmentId ? (deptName.get(lane.departmentId) ?? null) : null;
    const same =
      head?.type === 'lane' &&
      head.data.lane === lane &&
      head.data.index === index &&
      head.data.count === count &&
      head.data.department === department &&
      samePlace(head, 0, l.y, laneHeaderWidth, l.height);
    nodes.push(
      same
        ? head
        : { id: headId, type: 'lane', ...box(0, l.y, laneHeaderWidth, l.height), data: { lane, index, count, department }, ...HEADER },
    );
  });

  // Stage dividers through the lanes, above the bands (plain borders paint cheaply).
  const height = layout.height - layout.gridTop;
  for (const s of layout.stages) {
    const id = COLUMN_PREFIX + s.id;
    const x = s.x + s.width - 1;
    const old = prev.get(id);
    nodes.push(
      old?.type === 'column' && samePlace(old, x, layout.gridTop, 1, height)
        ? old
        : { id, type: 'column', ...box(x, layout.gridTop, 1, height), data: {}, ...FIXED, zIndex: -1 },
    );
  }
  return nodes;
}
