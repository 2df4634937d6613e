/** Shared helpers for deriving React Flow nodes from the document with stable identities. */
import { Position, type NodeHandle } from '@xyflow/react';
import { GRID } from '../../../../../shared/domain/map';
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
export const CARD_HANDLES: NodeHandle[] = [
  { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y: GRID.cardHeight / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { type: 'source', position: Position.Right, x: GRID.cardWidth - HANDLE_SIZE / 2, y: GRID.cardHeight / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
];
const NO_HANDLES: NodeHandle[] = [];

/** Nodes that are scenery: never selected, dragged or focused, no handles. */
export const FIXED = { selectable: false, draggable: false, focusable: false, handles: NO_HANDLES } as const;
