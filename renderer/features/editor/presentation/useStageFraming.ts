import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { FlowEdge, MapNode } from '../canvas/types';
import { stageBounds } from '../canvas/viewport';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';
import { usePresentation } from './presentationStore';

/** While presenting, frames the current stage column (with its curve segment) whenever it changes. */
export function useStageFraming(): void {
  const rf = useReactFlow<MapNode, FlowEdge>();
  const active = usePresentation((s) => s.active);
  const stage = usePresentation((s) => s.stage);
  const layout = useCanvas((s) => s.layout);
  useEffect(() => {
    if (!active) return;
    const doc = useDoc.getState();
    const stageId = doc.stages[stage]?.id;
    const bounds = stageBounds(layout, stage, doc.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.id));
    if (!bounds) return;
    // Wait a frame: entering presentation resizes the canvas to the whole screen.
    const id = requestAnimationFrame(() => void rf.fitBounds(bounds, { padding: 0.06, duration: 350 }));
    return () => cancelAnimationFrame(id);
  }, [active, stage, layout, rf]);
}
