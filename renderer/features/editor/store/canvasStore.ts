/**
 * Canvas UI state: React Flow's nodes and edges (derived from the document), the selection
 * and the viewport-only bits. Not tracked by undo: selecting is not a step. This slice owns
 * onNodesChange / onEdgesChange / onConnect, as React Flow's state-management guide does.
 */
import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import { layoutForShow, layoutJourney, type GridLayout } from '../../../../shared/domain/map';
import i18n from '../../../i18n';
import type { FlowEdge, MapNode } from '../canvas/types';
import { usePresentation } from '../presentation/presentationStore';
import { cardNodes, flowEdges, type Labels } from './derive/cards';
import type { Selection } from './derive/common';
import { gridNodes } from './derive/grid';
import { useDoc } from './docStore';

export type HeaderRef = { kind: 'stage' | 'lane'; id: string };

interface CanvasState extends Selection {
  nodes: MapNode[];
  edges: FlowEdge[];
  layout: GridLayout;
  header: HeaderRef | null;
  /** Bumped to ask the inspector to focus a field (after adding a touchpoint, a stage or a lane). */
  focusRequest: number;
  /** True while a card is being dragged: nothing may replace the document under it. */
  dragging: boolean;
  /** Cards on the editor's clipboard (enables Paste). */
  clipCount: number;
  /** Render every node even on a big map (image export needs them all in the DOM). */
  renderAll: boolean;
  /** Draw the export sheet (title, persona, legend) above the map, for an image being made. */
  sheet: boolean;
  onNodesChange(changes: NodeChange<MapNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  onConnect(connection: Connection): void;
}

const EMPTY = new Set<string>();
const emptyLayout: GridLayout = layoutJourney({ stages: [], lanes: [], touchpoints: [] });

/** onConnect needs the doc actions, which import this store; they register themselves here. */
let connectHandler: (source: string, target: string) => void = () => {};
export function setConnectHandler(handler: (source: string, target: string) => void): void {
  connectHandler = handler;
}

export const useCanvas = create<CanvasState>()((set, get) => ({
  nodes: [],
  edges: [],
  layout: emptyLayout,
  touchpoints: EMPTY,
  flows: EMPTY,
  header: null,
  focusRequest: 0,
  dragging: false,
  clipCount: 0,
  renderAll: false,
  sheet: false,

  onNodesChange(changes) {
    let touchpoints: Set<string> | null = null;
    const kept: NodeChange<MapNode>[] = [];
    for (const c of changes) {
      // Deleting goes through the Delete command (undoable, with flows); React Flow never removes nodes itself.
      if (c.type === 'remove' || c.type === 'add' || c.type === 'replace') continue;
      if (c.type === 'select') {
        touchpoints ??= new Set(get().touchpoints);
        if (c.selected) touchpoints.add(c.id);
        else touchpoints.delete(c.id);
      }
      kept.push(c);
    }
    if (kept.length === 0) return;
    const nodes = applyNodeChanges(kept, get().nodes);
    if (touchpoints) set({ nodes, touchpoints, ...(touchpoints.size ? { header: null } : {}) });
    else set({ nodes });
  },

  onEdgesChange(changes) {
    let flows: Set<string> | null = null;
    const kept: EdgeChange<FlowEdge>[] = [];
    for (const c of changes) {
      if (c.type !== 'select') continue;
      flows ??= new Set(get().flows);
      if (c.selected) flows.add(c.id);
      else flows.delete(c.id);
      kept.push(c);
    }
    if (kept.length === 0) return;
    set({ edges: applyEdgeChanges(kept, get().edges), flows: flows!, ...(flows!.size ? { header: null } : {}) });
  },

  onConnect({ source, target }) {
    if (source && target) connectHandler(source, target);
  },
}));

/** Flow names for screen readers; the sentence is translated once and filled in per flow. */
function labels(): Labels {
  const fill = (key: 'editor.flow.aria' | 'editor.flow.handoffAria') => {
    const template = i18n.t(key, { from: '⟦from⟧', to: '⟦to⟧' });
    return (from: string, to: string) => template.replace('⟦from⟧', () => from).replace('⟦to⟧', () => to);
  };
  return { flow: fill('editor.flow.aria'), handoff: fill('editor.flow.handoffAria') };
}

/** Re-derives nodes and edges from the document, keeping unchanged objects. */
export function rebuildCanvas(selection?: Partial<Selection> & { header?: HeaderRef | null }): void {
  const doc = useDoc.getState();
  const state = useCanvas.getState();
  const ids = new Set(doc.touchpoints.map((t) => t.id));
  const flowIds = new Set(doc.flows.map((f) => f.id));
  const touchpoints = prune(selection?.touchpoints ?? state.touchpoints, ids);
  const flows = prune(selection?.flows ?? state.flows, flowIds);
  let header = selection?.header !== undefined ? selection.header : state.header;
  if (header && !(header.kind === 'stage' ? doc.stages : doc.lanes).some((r) => r.id === header!.id)) header = null;

  // Presenting lays the map out for a projector: wide stages, cards side by side, large type.
  const show = usePresentation.getState().active;
  const layout = show ? layoutForShow(doc) : layoutJourney(doc);
  const sel = { touchpoints, flows };
  const prev = new Map(state.nodes.map((n) => [n.id, n]));
  const nodes = [...gridNodes(doc, layout, doc.departments, prev, show), ...cardNodes(doc, layout, sel, prev)];
  const edges = flowEdges(doc, layout, sel, labels(), new Map(state.edges.map((e) => [e.id, e])), show);
  useCanvas.setState({ nodes, edges, layout, touchpoints, flows, header });
}

function prune(set: ReadonlySet<string>, existing: ReadonlySet<string>): ReadonlySet<string> {
  if ([...set].every((id) => existing.has(id))) return set;
  return new Set([...set].filter((id) => existing.has(id)));
}

/** Selects exactly these touchpoints (and flows); clears a header selection. */
export function select(touchpointIds: Iterable<string>, flowIds: Iterable<string> = []): void {
  rebuildCanvas({ touchpoints: new Set(touchpointIds), flows: new Set(flowIds), header: null });
}

export function selectHeader(header: HeaderRef | null): void {
  rebuildCanvas({ touchpoints: EMPTY, flows: EMPTY, header });
}

export function requestFocus(): void {
  useCanvas.setState((s) => ({ focusRequest: s.focusRequest + 1 }));
}

/** Keeps the canvas in step with the document (edits, undo, redo, reloads) and the language. */
export function connectCanvas(): () => void {
  const offDoc = useDoc.subscribe((s, prev) => {
    if (s.stages !== prev.stages || s.lanes !== prev.lanes || s.touchpoints !== prev.touchpoints || s.flows !== prev.flows || s.departments !== prev.departments) {
      rebuildCanvas();
    }
  });
  const onLanguage = () => {
    useCanvas.setState({ edges: [] });
    rebuildCanvas();
  };
  i18n.on('languageChanged', onLanguage);
  const offShow = usePresentation.subscribe((s, prev) => {
    if (s.active !== prev.active) rebuildCanvas();
  });
  rebuildCanvas();
  return () => {
    offDoc();
    offShow();
    i18n.off('languageChanged', onLanguage);
    useCanvas.setState({ nodes: [], edges: [], layout: emptyLayout, touchpoints: EMPTY, flows: EMPTY, header: null, dragging: false });
  };
}

