/** The node and edge shapes on the journey canvas. Data holds records, never callbacks. */
import type { Edge, Node } from '@xyflow/react';
import type { Flow, Lane, Stage, Touchpoint } from '../../../../shared/domain/journey';
import type { Route } from '../store/derive/routes';

export interface StageFigures {
  touchpoints: number;
  need: number | null;
  convenience: number | null;
  emotion: number | null;
  transfers: number;
  /** Upper bound of the share of loyalty kept (0…1). */
  loyalty: number;
}

export interface CurveDot {
  id: string;
  x: number;
  value: number | null;
  low: boolean;
  title: string;
  /** Room for the low's label (flow pixels): the spacing to the neighbouring points. */
  room: number;
}

export type TouchpointNode = Node<{ tp: Touchpoint; handoffs: number }, 'touchpoint'>;
export type StageNode = Node<{ stage: Stage; index: number; count: number; figures: StageFigures }, 'stage'>;
export type LaneNode = Node<{ lane: Lane; index: number; count: number; department: string | null }, 'lane'>;
export type BandNode = Node<{ index: number; color: string | null }, 'band'>;
/** `show`: drawn for the presentation (large type, every low labelled in full). */
export type CurveNode = Node<{ dots: CurveDot[]; stages: { id: string; x: number; width: number }[]; left: number; show: boolean }, 'curve'>;
export type CornerNode = Node<Record<string, never>, 'corner'>;
export type ColumnNode = Node<Record<string, never>, 'column'>;
export type MapNode = TouchpointNode | StageNode | LaneNode | BandNode | CurveNode | CornerNode | ColumnNode;

/** `route`: the planned track and label place (see derive/routes), while the ends are where it was planned for. */
export type FlowEdge = Edge<{ flow: Flow; handoff: boolean; route?: Route }, 'flow'>;

/** Node id prefixes for everything that is not a touchpoint (touchpoint nodes use the record id). */
export const STAGE_PREFIX = 'stage:';
export const LANE_PREFIX = 'lane:';
export const BAND_PREFIX = 'band:';
export const COLUMN_PREFIX = 'column:';
export const CURVE_ID = 'curve';
export const CORNER_ID = 'corner';

export const isTouchpointNode = (n: MapNode): n is TouchpointNode => n.type === 'touchpoint';
