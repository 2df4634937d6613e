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

/** The zoom of a presentation never goes above this, however few lanes a map has. */
export const SHOW_MAX_ZOOM = 1.4;

/** Consecutive stages shown together when presenting: first and last index, left edge and width. */
export interface ShowPage {
  first: number;
  last: number;
  x: number;
  width: number;
}

/** The presentation's one zoom: the whole map height fits, and the widest stage fits beside the lane names. */
export function showZoom(layout: GridLayout, width: number, height: number): number {
  if (width <= 0 || height <= 0 || layout.height <= 0) return 1;
  const widest = Math.max(0, ...layout.stages.map((s) => s.width));
  return Math.min(SHOW_MAX_ZOOM, height / layout.height, width / (layout.laneHeaderWidth + widest));
}

/** Stages grouped, in order, into pages as wide as the screen leaves beside the lane names. */
export function showPages(layout: GridLayout, width: number, zoom: number): ShowPage[] {
  const room = width / zoom - layout.laneHeaderWidth;
  const pages: ShowPage[] = [];
  layout.stages.forEach((s, i) => {
    const page = pages[pages.length - 1];
    if (page && page.width + s.width <= room + 0.5) {
      page.last = i;
      page.width += s.width;
    } else pages.push({ first: i, last: i, x: s.x, width: s.width });
  });
  return pages;
}

/**
 * Where the presentation looks while stage `index` is shown: the same zoom for every stage
 * (the room's eyes do not have to re-adjust), the whole height of the map (no lane is cut),
 * and the page of stages holding `index` just right of the lane names, which stay pinned.
 */
export function showViewport(layout: GridLayout, index: number, width: number, height: number): Viewport {
  const zoom = showZoom(layout, width, height);
  const page = showPages(layout, width, zoom).find((p) => index >= p.first && index <= p.last);
  const left = page ? page.x : layout.laneHeaderWidth;
  return { zoom, x: (layout.laneHeaderWidth - left) * zoom, y: Math.max(0, (height - layout.height * zoom) / 2) };
}

/**
 * The smallest pan (zoom unchanged) that brings a flow-space rectangle on screen with `pad`
 * pixels to spare; the viewport itself when it already is. A rectangle larger than the
 * screen is aligned by its top-left corner.
 */
export function revealRect(v: Viewport, rect: { x: number; y: number; width: number; height: number }, width: number, height: number, pad = 24): Viewport {
  const axis = (offset: number, start: number, size: number, screen: number) => {
    const lo = start * v.zoom + offset;
    const hi = (start + size) * v.zoom + offset;
    if (lo >= pad && hi <= screen - pad) return offset;
    if (hi - lo > screen - 2 * pad || lo < pad) return pad - start * v.zoom;
    return screen - pad - (start + size) * v.zoom;
  };
  const x = axis(v.x, rect.x, rect.width, width);
  const y = axis(v.y, rect.y, rect.height, height);
  return x === v.x && y === v.y ? v : { x, y, zoom: v.zoom };
}
