/** Where the viewport starts and how it frames a stage (pure geometry on the grid layout). */
import type { Viewport } from '@xyflow/react';
import type { GridLayout } from '../../../../shared/domain/map';

const PAD = 24;
/** Below this zoom the cards get hard to read: a map that fits whole at this zoom or more opens whole. */
export const READABLE_ZOOM = 0.5;
/** A big map (hundreds of cards) opens at its start at this comfortable zoom: overview it with F. */
export const START_ZOOM = 0.75;

/**
 * Fits the whole map when that keeps cards readable; else opens at the start of the journey
 * (top-left) at a readable zoom — for a big map a comfortable one, which also draws fewer cards.
 */
export function initialViewport(layout: GridLayout, width: number, height: number, big: boolean): Viewport {
  if (layout.width === 0 || width === 0 || height === 0) return { x: PAD, y: PAD, zoom: 1 };
  const fit = Math.min((width - 2 * PAD) / layout.width, (height - 2 * PAD) / layout.height);
  if (big && fit < READABLE_ZOOM) return { x: PAD, y: PAD, zoom: START_ZOOM };
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
  const mapW = layout.width * zoom;
  const mapH = layout.height * zoom;
  return {
    zoom,
    x: mapW <= width - 2 * PAD ? (width - mapW) / 2 : PAD,
    y: mapH <= height - 2 * PAD ? (height - mapH) / 2 : PAD,
  };
}

/**
 * The flow-space rectangle to frame when presenting one stage: its column from the emotion
 * curve down to its lowest card (empty lanes below are left out, so the type stays large).
 */
export function stageBounds(
  layout: GridLayout,
  index: number,
  stageCards: readonly string[],
): { x: number; y: number; width: number; height: number } | null {
  const s = layout.stages[index];
  if (!s) return null;
  let bottom = (layout.lanes[0]?.y ?? layout.gridTop) + (layout.lanes[0]?.height ?? 0);
  for (const id of stageCards) {
    const c = layout.cards.get(id);
    if (c) bottom = Math.max(bottom, c.y + c.height + 16);
  }
  return { x: s.x - 12, y: 0, width: s.width + 24, height: Math.min(bottom, layout.height) + 8 };
}
