/**
 * PNG and SVG of the whole map — every node, not only the visible part — under a heading with
 * the journey's name, persona and a legend, on a white background, at print resolution (PNG at 2× pixels), as React Flow recommends: render the
 * viewport element with a transform that frames the bounds of all nodes.
 */
import { getNodesBounds, type ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, MapNode } from '../canvas/types';
import { useCanvas } from '../store/canvasStore';

const PAD = 32;
export const PNG_PIXEL_RATIO = 2;
/** Chromium refuses canvases beyond 16384 px a side or about 268 M pixels. */
const MAX_SIDE = 16_000;
const MAX_AREA = 250_000_000;

const SKIP = ['react-flow__handle', 'react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'ja-lane-labels'];

export interface ImageSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** Size in CSS pixels of the exported picture, and the pixel ratio that stays within canvas limits. */
export function imageSize(bounds: { width: number; height: number }, pixelRatio = PNG_PIXEL_RATIO): ImageSize {
  const width = Math.ceil(bounds.width + 2 * PAD);
  const height = Math.ceil(bounds.height + 2 * PAD);
  const ratio = Math.min(pixelRatio, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  return { width, height, pixelRatio: ratio };
}

export async function renderMap(rf: ReactFlowInstance<MapNode, FlowEdge>, kind: 'png' | 'svg', canvas: HTMLElement): Promise<Blob> {
  const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The map is not on screen');
  // Loaded on first export only: it is not needed to open or edit a map.
  const { toBlob, toSvg } = await import('html-to-image');
  canvas.classList.add('ja-exporting');
  // A big map only renders what is on screen; the picture needs every card and flow, and the
  // sheet's heading (title, persona, legend) above the map.
  useCanvas.setState({ renderAll: true, sheet: true });
  try {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))));
    const map = getNodesBounds(rf.getNodes());
    const head = canvas.querySelector<HTMLElement>('.ja-export-sheet');
    const headHeight = head?.offsetHeight ?? 0;
    const bounds = { x: map.x, y: map.y - headHeight, width: Math.max(map.width, head?.offsetWidth ?? 0), height: map.height + headHeight };
    return await draw(viewport, kind, bounds, toBlob, toSvg);
  } finally {
    canvas.classList.remove('ja-exporting');
    useCanvas.setState({ renderAll: false, sheet: false });
  }
}

type Bounds = { x: number; y: number; width: number; height: number };
type HtmlToImage = typeof import('html-to-image');

async function draw(viewport: HTMLElement, kind: 'png' | 'svg', bounds: Bounds, toBlob: HtmlToImage['toBlob'], toSvg: HtmlToImage['toSvg']): Promise<Blob> {
  const size = imageSize(bounds);
  const options = {
    backgroundColor: '#ffffff',
    width: size.width,
    height: size.height,
    skipFonts: true,
    style: {
      width: `${size.width}px`,
      height: `${size.height}px`,
      transform: `translate(${PAD - bounds.x}px, ${PAD - bounds.y}px) scale(1)`,
    },
    filter: (node: HTMLElement) => !(node.classList && SKIP.some((c) => node.classList.contains(c))),
  };
  if (kind === 'png') {
    const blob = await toBlob(viewport, { ...options, pixelRatio: size.pixelRatio });
    if (!blob) throw new Error('The image could not be drawn');
    return blob;
  }
  const url = await toSvg(viewport, options);
  return new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
}
