/** Shared helpers for deriving React Flow nodes from the document with stable identities. */
import { Position, type NodeHandle } from '@xyflow/react';
import { GRID, SHOW_GRID } from '../../../../../shared/domain/map';
import type { MapNode } from '../../canvas/types';

export interface Selection {
  touchpoints: ReadonlySet<string>;
  flows: ReadonlySet<string>;
}

/** Position and size; the size is known from the layout, so React Flow need not measure first. */
export const box = (x: number, y: number, width: number, height: number) => ({
  position: { x, y },
  width,
  height,
  measured: { width, height },
});

export function samePlace(prev: MapNode | undefined, x: number, y: number, w: number, h: number): boolean {
  return !!prev && prev.position.x === x && prev.position.y === y && prev.width === w && prev.height === h;
}

/**
 * Where a card's handles are, known up front (as React Flow allows for server rendering): React
 * Flow then treats every node as measured and, on a big map, draws only the visible ones —
 * otherwise it renders all of them once just to find their handles. Must match canvas.css.
 */
export const HANDLE_SIZE = 12;
const handlesFor = (width: number, height: number): NodeHandle[] => [
  { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y: height / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { type: 'source', position: Position.Right, x: width - HANDLE_SIZE / 2, y: height / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
];
export const CARD_HANDLES: NodeHandle[] = handlesFor(GRID.cardWidth, GRID.cardHeight);
const SHOW_HANDLES: NodeHandle[] = handlesFor(SHOW_GRID.cardWidth, SHOW_GRID.cardHeight);
/** The handles of a card of this size (one shared list per layout). */
export const cardHandles = (width: number, height: number): NodeHandle[] =>
  width === GRID.cardWidth && height === GRID.cardHeight ? CARD_HANDLES : width === SHOW_GRID.cardWidth && height === SHOW_GRID.cardHeight ? SHOW_HANDLES : handlesFor(width, height);
const NO_HANDLES: NodeHandle[] = [];

/** Nodes that are scenery: never selected, dragged or focused, no handles. */
export const FIXED = { selectable: false, draggable: false, focusable: false, handles: NO_HANDLES } as const;
