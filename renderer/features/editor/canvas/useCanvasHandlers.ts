/**
 * Mouse and keyboard gestures on the canvas: drags (one undo step each), double-click on an
 * empty cell, arrow keys on a focused card. Selection and connecting go through the store.
 */
import { useReactFlow, type OnMoveStart, type OnNodeDrag, type SelectionDragHandler } from '@xyflow/react';
import { useCallback, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { cellAt } from '../../../../shared/domain/map';
import { usePresentation } from '../presentation/presentationStore';
import { addTouchpoint, commitDrag, nudgeTouchpoint } from '../store/actions';
import { requestFocus, selectHeader, useCanvas } from '../store/canvasStore';
import { pauseHistory, resumeHistory } from '../store/history';
import { isTouchpointNode, type FlowEdge, type MapNode } from './types';

const NOT_EMPTY = '.react-flow__node-touchpoint, .react-flow__node-stage, .react-flow__node-lane, .react-flow__panel, .react-flow__edge';
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const canvasElement = () => document.querySelector('[data-testid="journey-canvas"]');

function startDrag(nodes: MapNode[]): void {
  if (!nodes.some(isTouchpointNode)) return;
  // The whole drag becomes one undo step: nothing is recorded until the drop commits the move.
  pauseHistory();
  useCanvas.setState({ dragging: true });
}

function endDrag(nodes: MapNode[]): void {
  if (!useCanvas.getState().dragging) return;
  useCanvas.setState({ dragging: false });
  resumeHistory();
  commitDrag(
    nodes.filter(isTouchpointNode).map((n) => ({
      id: n.id,
      centre: { x: n.position.x + (n.width ?? 0) / 2, y: n.position.y + (n.height ?? 0) / 2 },
    })),
  );
}

export function useCanvasHandlers() {
  const rf = useReactFlow<MapNode, FlowEdge>();

  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (usePresentation.getState().active) return;
      if ((e.target as Element).closest(NOT_EMPTY)) return;
      const cell = cellAt(useCanvas.getState().layout, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (cell) addTouchpoint(cell.stageId, cell.laneId);
    },
    [rf],
  );

  const onKeyDownCapture = useCallback((e: KeyboardEvent) => {
    const delta = ARROWS[e.key];
    if (!delta || usePresentation.getState().active || e.altKey || e.ctrlKey || e.metaKey) return;
    const node = (e.target as Element).closest?.('.react-flow__node-touchpoint');
    const id = node?.getAttribute('data-id');
    if (!id) return;
    // Moving a focused card by keyboard moves it a cell, as one undo step (not pixels, as React Flow would).
    e.preventDefault();
    e.stopPropagation();
    nudgeTouchpoint(id, delta[0], delta[1]);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  }, []);

  return useMemo(
    () => ({
      onDoubleClick,
      onKeyDownCapture,
      onNodeDragStart: ((_, __, nodes) => startDrag(nodes)) as OnNodeDrag<MapNode>,
      onNodeDragStop: ((_, __, nodes) => endDrag(nodes)) as OnNodeDrag<MapNode>,
      onSelectionDragStart: ((_, nodes) => startDrag(nodes)) as SelectionDragHandler<MapNode>,
      onSelectionDragStop: ((_, nodes) => endDrag(nodes)) as SelectionDragHandler<MapNode>,
      onNodeDoubleClick: ((_: MouseEvent, node: MapNode) => {
        if (isTouchpointNode(node) && !usePresentation.getState().active) requestFocus();
      }) as (e: MouseEvent, node: MapNode) => void,
      // While the map is dragged around it is one composited layer, so frames move pixels instead
      // of repainting every card; it is painted afresh when the drag ends. (Not for wheel zoom:
      // a layer would be re-rasterised at each new scale anyway.)
      onMoveStart: ((e) => {
        if (e && e.type !== 'wheel') canvasElement()?.classList.add('is-panning');
      }) as OnMoveStart,
      onMoveEnd: () => canvasElement()?.classList.remove('is-panning'),
      onPaneClick: () => {
        if (useCanvas.getState().header) selectHeader(null);
      },
    }),
    [onDoubleClick, onKeyDownCapture],
  );
}
