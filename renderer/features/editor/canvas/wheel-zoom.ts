/**
 * Wheel zoom on a big map, as the screen-space scale and shift a burst of wheel steps adds on
 * top of the viewport (pure geometry; useWheelZoom.ts applies it). The steps are the same as
 * React Flow's own (d3-zoom's), so a wheel notch zooms as much on a big map as on a small one.
 */
import type { Viewport } from '@xyflow/react';

/** Screen point p is drawn at scale · p + (x, y) while the burst lasts. */
export interface ZoomGesture {
  scale: number;
  x: number;
  y: number;
}

export const NO_GESTURE: ZoomGesture = { scale: 1, x: 0, y: 0 };

/** d3-zoom's default wheel step: 2^(−deltaY · 0.002) per pixel line, ten times that for a pinch. */
export function wheelFactor(e: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
  return 2 ** (-e.deltaY * perUnit * (e.ctrlKey ? 10 : 1));
}

/** One more step of `factor` around screen point (px, py), keeping the zoom in [min, max]. */
export function zoomAt(g: ZoomGesture, factor: number, px: number, py: number, zoom: number, min: number, max: number): ZoomGesture {
  const current = zoom * g.scale;
  const target = Math.min(max, Math.max(min, current * factor));
  const f = target / current;
  if (!Number.isFinite(f) || f === 1) return g;
  return { scale: g.scale * f, x: f * g.x + px * (1 - f), y: f * g.y + py * (1 - f) };
}

/** The viewport that draws the map where the burst left it. */
export function settle(v: Viewport, g: ZoomGesture): Viewport {
  return { zoom: v.zoom * g.scale, x: g.scale * v.x + g.x, y: g.scale * v.y + g.y };
}
