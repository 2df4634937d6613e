import { Background, Controls, ReactFlow, SelectionMode, useStore, type IsValidConnection, type ReactFlowInstance } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvas } from '../store/canvasStore';
import { usePresentation } from '../presentation/presentationStore';
import { LaneLabels } from '../presentation/LaneLabels';
import { StageSpotlight } from '../presentation/StageSpotlight';
import { useStageFraming } from '../presentation/useStageFraming';
import { ExportSheet } from '../export/ExportSheet';
import { InteractiveMark } from './InteractiveMark';
import { edgeTypes, nodeTypes } from './nodeTypes';
import { type FlowEdge, type MapNode } from './types';
import { useCanvasHandlers } from './useCanvasHandlers';
import { initialViewport, START_ZOOM } from './viewport';
import { useWheelZoom } from './useWheelZoom';

const MULTI_SELECT = ['Shift', 'Meta', 'Control'];
/** Above this many cards only what is on screen is rendered (small maps render all: tests and exports see every card). */
export const VIRTUALIZE_FROM = 150;
const PRO = { hideAttribution: true };
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2.5;
/** A flow joins two different cards. */
const validConnection: IsValidConnection<FlowEdge> = (c) => c.source !== c.target;

/** The journey map: React Flow over the store's nodes and edges. */
export function MapCanvas() {
  const { t, i18n } = useTranslation();
  const nodes = useCanvas((s) => s.nodes);
  const edges = useCanvas((s) => s.edges);
  const onNodesChange = useCanvas((s) => s.onNodesChange);
  const onEdgesChange = useCanvas((s) => s.onEdgesChange);
  const onConnect = useCanvas((s) => s.onConnect);
  const presenting = usePresentation((s) => s.active);
  const virtualize = useCanvas((s) => !s.renderAll && s.layout.cards.size > VIRTUALIZE_FROM);
  const handlers = useCanvasHandlers();
  // While a flow is being drawn, every card's whole face accepts the drop (see canvas.css).
  const connecting = useStore((s) => s.connection.inProgress);
  useStageFraming();
  const canvasRef = useRef<HTMLDivElement>(null);
  useWheelZoom(canvasRef, virtualize, MIN_ZOOM, MAX_ZOOM);

  // A big map opens at its start at a comfortable zoom, decided before the first render so only
  // the visible cards are ever drawn; a small one is fitted once the canvas knows its size.
  const [defaultViewport] = useState(() => (virtualize ? { x: 24, y: 24, zoom: START_ZOOM } : undefined));
  const onInit = useCallback((rf: ReactFlowInstance<MapNode, FlowEdge>) => {
    const el = document.querySelector('[data-testid="journey-canvas"]');
    const { width, height } = el?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const { layout } = useCanvas.getState();
    const next = initialViewport(layout, width, height, layout.cards.size > VIRTUALIZE_FROM);
    const now = rf.getViewport();
    if (next.x !== now.x || next.y !== now.y || next.zoom !== now.zoom) void rf.setViewport(next);
  }, []);

  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('editor.controls.panel'),
      'controls.zoomIn.ariaLabel': t('editor.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.controls.fit'),
      'minimap.ariaLabel': t('editor.controls.minimap'),
      'handle.ariaLabel': t('editor.card.handle'),
      'node.a11yDescription.default': t('editor.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('editor.a11y.node'),
      'edge.a11yDescription.default': t('editor.a11y.edge'),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes identity with the language
    [t, i18n.language],
  );

  return (
    <div ref={canvasRef} className={`ja-canvas${virtualize ? ' is-big' : ''}${connecting ? ' is-connecting' : ''}`} data-testid="journey-canvas" onDoubleClick={handlers.onDoubleClick} onKeyDownCapture={handlers.onKeyDownCapture}>
      <ReactFlow<MapNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={validConnection}
        connectionRadius={28}
        onInit={onInit}
        defaultViewport={defaultViewport}
        onNodeDragStart={handlers.onNodeDragStart}
        onNodeDragStop={handlers.onNodeDragStop}
        onSelectionDragStart={handlers.onSelectionDragStart}
        onSelectionDragStop={handlers.onSelectionDragStop}
        onNodeDoubleClick={handlers.onNodeDoubleClick}
        onPaneClick={handlers.onPaneClick}
        onMoveStart={handlers.onMoveStart}
        onMoveEnd={handlers.onMoveEnd}
        onlyRenderVisibleElements={virtualize}
        nodesDraggable={!presenting}
        nodesConnectable={!presenting}
        elementsSelectable={!presenting}
        nodesFocusable={!presenting}
        edgesFocusable={!presenting}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT}
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        nodeDragThreshold={3}
        // Dragging moves a card without selecting it: the inspector does not re-render mid-gesture.
        selectNodesOnDrag={false}
        proOptions={PRO}
        ariaLabelConfig={ariaLabelConfig}
        className={presenting ? 'is-presenting' : undefined}
      >
        <Background gap={24} size={1.2} color="#d5dae3" />
        {presenting ? <StageSpotlight /> : null}
        {presenting ? <LaneLabels /> : null}
        {presenting ? null : <Controls showInteractive={false} />}
        <InteractiveMark hasNodes={nodes.length > 0} />
        <ExportSheet />
      </ReactFlow>
    </div>
  );
}
