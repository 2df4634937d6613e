import { useViewport } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';

/**
 * While presenting a page of stages further right, the lane headers are off screen: this
 * column pins the lanes' names to the left edge, exactly as wide as the headers, at the same
 * zoom (type sizes follow it), covering the stages that scrolled under it.
 */
export function LaneLabels() {
  const { x, y, zoom } = useViewport();
  const layout = useCanvas((s) => s.layout);
  const lanes = useDoc((s) => s.lanes);
  // Only needed once the real lane headers have scrolled off the left edge.
  if (x > -1) return null;
  const style = { width: layout.laneHeaderWidth * zoom, '--show-zoom': zoom } as CSSProperties;
  return (
    <div className="ja-lane-labels" aria-hidden style={style}>
      {lanes.map((lane, i) => {
        const box = layout.lanes[i];
        if (!box) return null;
        return (
          <div key={lane.id} className="ja-lane-label" style={{ top: box.y * zoom + y, height: box.height * zoom, borderColor: lane.color ?? '#8a94a6' }}>
            <span>{lane.name}</span>
          </div>
        );
      })}
    </div>
  );
}
