import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { FlowEdge, MapNode } from '../canvas/types';
import { showViewport } from '../canvas/viewport';
import { useCanvas } from '../store/canvasStore';
import { usePresentation } from './presentationStore';

const canvasElement = () => document.querySelector('[data-testid="journey-canvas"]');

/**
 * While presenting, shows the page of stages holding the current one, at one steady zoom
 * (see `showViewport`); again whenever the stage, the map or the screen size changes.
 */
export function useStageFraming(): void {
  const rf = useReactFlow<MapNode, FlowEdge>();
  const active = usePresentation((s) => s.active);
  const stage = usePresentation((s) => s.stage);
  const layout = useCanvas((s) => s.layout);
  // Entering jumps straight to the first page; stepping between stages glides.
  const shown = useRef(false);
  useEffect(() => {
    if (!active) {
      shown.current = false;
      return;
    }
    let frame = 0;
    const frameIt = () => {
      cancelAnimationFrame(frame);
      // Wait a frame: entering presentation resizes the canvas to the whole screen.
      frame = requestAnimationFrame(() => {
        const box = canvasElement()?.getBoundingClientRect();
        if (!box || box.width === 0) return;
        void rf.setViewport(showViewport(layout, stage, box.width, box.height), { duration: shown.current ? 300 : 0 });
        shown.current = true;
      });
    };
    frameIt();
    const el = canvasElement();
    const observer = el ? new ResizeObserver(frameIt) : null;
    if (el) observer?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [active, stage, layout, rf]);
}
