/** Node and edge types, at module scope so React Flow never re-mounts them. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { EmotionCurve } from './EmotionCurve';
import { FlowEdgeView } from './FlowEdgeView';
import { ColumnLine, Corner, LaneBand } from './LaneBand';
import { LaneHeader } from './LaneHeader';
import { StageHeader } from './StageHeader';
import { TouchpointCard } from './TouchpointCard';

export const nodeTypes = {
  touchpoint: TouchpointCard,
  stage: StageHeader,
  lane: LaneHeader,
  band: LaneBand,
  curve: EmotionCurve,
  corner: Corner,
  column: ColumnLine,
} satisfies NodeTypes;

export const edgeTypes = { flow: FlowEdgeView } satisfies EdgeTypes;
