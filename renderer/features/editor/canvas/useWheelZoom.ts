/**
 * Wheel zoom for big maps. React Flow re-renders the visible cards and flows at every wheel
 * step, which on a map of hundreds of cards costs more than a frame. Here a burst of wheel
 * steps only scales the map's layer (the compositor's work, no re-render), and the viewport is
 * set once the wheel rests, when the cards that came into view are drawn.
 */
import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import { NO_GESTURE, settle, wheelFactor, zoomAt, type ZoomGesture } from './wheel-zoom';

/** How long the wheel must rest before the zoom is handed to React Flow. */
const REST_MS = 120;

export function useWheelZoom(canvasRef: RefObject<HTMLElement | null>, enabled: boolean, minZoom: number, maxZoom: number): void {
  const flow = useReactFlow();
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!enabled || !canvas) return;
    let gesture: ZoomGesture = NO_GESTURE;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let layer: HTMLElement | null = null;

    const finish = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!layer) return;
      const next = settle(flow.getViewport(), gesture);
      gesture = NO_GESTURE;
      layer.style.transform = '';
      layer.style.willChange = '';
      layer = null;
      void flow.setViewport(next);
    };

    const onWheel = (e: WheelEvent) => {
      const target = e.target as Element | null;
      // The minimap and the controls keep their own wheel handling; `nowheel` opts out, as in React Flow.
      if (target?.closest('.react-flow__panel, .nowheel')) return;
      e.preventDefault();
      e.stopPropagation();
      layer ??= canvas.querySelector<HTMLElement>('.react-flow__renderer');
      if (!layer) return;
      const box = canvas.getBoundingClientRect();
      gesture = zoomAt(gesture, wheelFactor(e), e.clientX - box.left, e.clientY - box.top, flow.getViewport().zoom, minZoom, maxZoom);
      layer.style.transformOrigin = '0 0';
      layer.style.willChange = 'transform';
      layer.style.transform = `translate(${gesture.x}px, ${gesture.y}px) scale(${gesture.scale})`;
      clearTimeout(timer);
      timer = setTimeout(finish, REST_MS);
    };
    // Anything else the pointer or keyboard does starts from the settled viewport.
    const onOther = () => {
      if (layer) finish();
    };

    canvas.addEventListener('wheel', onWheel, { capture: true, passive: false });
    canvas.addEventListener('pointerdown', onOther, { capture: true });
    canvas.addEventListener('keydown', onOther, { capture: true });
    return () => {
      canvas.removeEventListener('wheel', onWheel, { capture: true });
      canvas.removeEventListener('pointerdown', onOther, { capture: true });
      canvas.removeEventListener('keydown', onOther, { capture: true });
      finish();
    };
  }, [canvasRef, enabled, flow, minZoom, maxZoom]);
}
