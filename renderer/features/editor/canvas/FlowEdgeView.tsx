import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { STEP, trackPath } from '../store/derive/routes';
import { cardStrings, useLanguage } from './strings';
import type { FlowEdge } from './types';

/**
 * Hand-offs differ from plain flows by weight, colour and their label, not by a dash pattern:
 * dashed strokes are very slow to paint without a GPU, and a map holds hundreds of flows.
 */
const PLAIN = { stroke: '#5c6878', strokeWidth: 1.5 };
const HANDOFF = { stroke: '#a4477d', strokeWidth: 3 };

/** A small "⇄ hand-off" label with a white halo: one SVG element, kept in image exports. */
function HandoffBadge({ x, y }: { x: number; y: number }) {
  useLanguage();
  return (
    <text
      className="ja-handoff-label"
      x={x}
      y={y + 4}
      textAnchor="middle"
      fontSize={11}
      fontWeight={700}
      fill="#a4477d"
      stroke="#fff"
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
      aria-hidden
    >
      ⇄ {cardStrings().handoff}
    </text>
  );
}

/** A flow between two touchpoints; a hand-off (crossing lanes) is heavier, purple and labelled. */
function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  // The planned route holds while the flow's ends are where it was planned (not mid-drag).
  const r = data?.route;
  const planned = r && Math.abs(r.sx - sourceX) < 1 && Math.abs(r.sy - sourceY) < 1 && Math.abs(r.tx - targetX) < 1 && Math.abs(r.ty - targetY) < 1 ? r : null;
  const [stepped, defaultX, defaultY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, ...STEP });
  const path = planned && planned.centerX !== null ? trackPath(sourceX, sourceY, planned.centerX, targetX, targetY) : stepped;
  const labelX = planned ? planned.labelX : defaultX;
  const labelY = planned ? planned.labelY : defaultY;
  const handoff = data?.handoff ?? false;
  const style = selected ? { stroke: '#1f5fbf', strokeWidth: handoff ? 4 : 3 } : handoff ? HANDOFF : PLAIN;
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} interactionWidth={14} />
      {handoff ? <HandoffBadge x={labelX} y={labelY} /> : null}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
