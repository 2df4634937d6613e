import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { usePresentation } from '../presentation/presentationStore';
import { useCanvas } from '../store/canvasStore';
import { STEP, trackPath } from '../store/derive/routes';
import { cardStrings, useLanguage } from './strings';
import type { FlowEdge } from './types';

/**
 * Hand-offs differ from plain flows by weight, colour and their label, not by a dash pattern:
 * dashed strokes are very slow to paint without a GPU, and a map holds hundreds of flows.
 */
const PLAIN = { stroke: '#5c6878', strokeWidth: 1.5 };
const HANDOFF = { stroke: '#a4477d', strokeWidth: 3 };

/**
 * A small "⇄ hand-off" label on a white pill, so the flow it sits on does not strike through
 * it: SVG elements only, kept in image exports. The pill is sized to the drawn text.
 */
function HandoffBadge({ x, y }: { x: number; y: number }) {
  const lang = useLanguage();
  const text = useRef<SVGTextElement>(null);
  const [box, setBox] = useState<{ x: number; y: number; width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const b = text.current?.getBBox();
    if (b && b.width > 0) setBox({ x: b.x, y: b.y, width: b.width, height: b.height });
  }, [x, y, lang]);
  return (
    <g className="ja-handoff" aria-hidden>
      {box ? <rect className="ja-handoff-pill" x={box.x - 4} y={box.y - 1} width={box.width + 8} height={box.height + 2} rx={(box.height + 2) / 2} fill="#fff" stroke="#a4477d" strokeWidth={1} /> : null}
      <text ref={text} className="ja-handoff-label" x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="#a4477d">
        ⇄ {cardStrings().handoff}
      </text>
    </g>
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
  // Presenting, the dimmed stages keep their purple hand-off lines but not their labels: washed
  // out on a projector they are unreadable, and the room looks at the stage being presented.
  const presented = usePresentation((s) => (s.active ? s.stage : -1));
  const stage = useCanvas((s) => (presented >= 0 ? s.layout.stages[presented] : undefined));
  const dimmed = !!stage && (labelX < stage.x || labelX > stage.x + stage.width);
  const style = selected ? { stroke: '#1f5fbf', strokeWidth: handoff ? 4 : 3 } : handoff ? HANDOFF : PLAIN;
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} interactionWidth={14} />
      {handoff && !dimmed ? <HandoffBadge x={labelX} y={labelY} /> : null}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
