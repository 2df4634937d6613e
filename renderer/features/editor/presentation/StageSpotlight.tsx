import { useViewport } from '@xyflow/react';
import { useCanvas } from '../store/canvasStore';
import { usePresentation } from './presentationStore';

/** While presenting, everything but the current stage column is dimmed. */
export function StageSpotlight() {
  const { x, zoom } = useViewport();
  const index = usePresentation((s) => s.stage);
  const stage = useCanvas((s) => s.layout.stages[index]);
  if (!stage) return null;
  return <div className="ja-spotlight" aria-hidden style={{ left: stage.x * zoom + x, width: stage.width * zoom }} />;
}
