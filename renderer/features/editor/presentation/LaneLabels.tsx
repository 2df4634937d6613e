import { useViewport } from '@xyflow/react';
import { GRID } from '../../../../shared/domain/map';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';

/**
 * While presenting, a stage column fills the screen and the lane headers scroll out of view:
 * this pins each lane's name to the left edge at the lane's height.
 */
export function LaneLabels() {
  const { x, y, zoom } = useViewport();
  const boxes = useCanvas((s) => s.layout.lanes);
  const lanes = useDoc((s) => s.lanes);
  // Only needed once the real lane headers have scrolled off the left edge.
  if (x + GRID.laneHeaderWidth * zoom > 24) return null;
  return (
    <div className="ja-lane-labels" aria-hidden>
      {lanes.map((lane, i) => {
        const box = boxes[i];
        if (!box) return null;
        return (
          <div
            key={lane.id}
            className="ja-lane-label"
            style={{ top: box.y * zoom + y, height: box.height * zoom, borderColor: lane.color ?? '#8a94a6' }}
          >
            <span>{lane.name}</span>
          </div>
        );
      })}
    </div>
  );
}
