/**
 * Touchpoint cards and flow edges. A card keeps its previous node object unless its record,
 * hand-off count, selection, place or description changed — so React Flow and the memo'd
 * card components skip it: a rating edit re-renders one card, not five hundred.
 */
import { MarkerType } from '@xyflow/react';
import { handoffCountByTouchpoint, isHandoff, touchpointsById, type GridLayout, type MapDoc } from '../../../../../shared/domain/map';
import { cardStrings } from '../../canvas/strings';
import type { FlowEdge, MapNode, TouchpointNode } from '../../canvas/types';
import { box, cardHandles, samePlace, type Selection } from './common';
import { planRoutes, type Route } from './routes';

export interface Labels {
  flow: (from: string, to: string) => string;
  handoff: (from: string, to: string) => string;
}

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#5c6878' } as const;
// Marker size scales with the stroke: the hand-off's heavier line gets a proportionate head.
const HANDOFF_MARKER = { type: MarkerType.ArrowClosed, width: 11, height: 11, color: '#a4477d' } as const;

export function cardNodes(doc: MapDoc, layout: GridLayout, selection: Selection, prev: ReadonlyMap<string, MapNode>): TouchpointNode[] {
  const handoffs = handoffCountByTouchpoint(doc);
  const strings = cardStrings();
  const nodes: TouchpointNode[] = [];
  for (const tp of doc.touchpoints) {
    const c = layout.cards.get(tp.id);
    if (!c) continue;
    const old = prev.get(tp.id);
    const h = handoffs.get(tp.id) ?? 0;
    const selected = selection.touchpoints.has(tp.id);
    const description = strings.summary(tp, h);
    const same =
      old?.type === 'touchpoint' &&
      old.data.tp === tp &&
      old.data.handoffs === h &&
      (old.selected ?? false) === selected &&
      old.domAttributes?.['aria-description'] === description &&
      samePlace(old, c.x, c.y, c.width, c.height);
    nodes.push(
      same
        ? old
        : {
            id: tp.id,
            type: 'touchpoint',
            ...box(c.x, c.y, c.width, c.height),
            data: { tp, handoffs: h },
            handles: cardHandles(c.width, c.height),
            selected,
            // Name: the title; description: what the chips and badges show, for screen readers.
            ariaLabel: tp.title,
            domAttributes: { 'aria-description': description } as TouchpointNode['domAttributes'],
          },
    );
  }
  return nodes;
}

const sameRoute = (a: Route | undefined, b: Route | undefined) =>
  a === b || (!!a && !!b && a.sx === b.sx && a.sy === b.sy && a.tx === b.tx && a.ty === b.ty && a.centerX === b.centerX && a.labelX === b.labelX && a.labelY === b.labelY);

export function flowEdges(doc: MapDoc, layout: GridLayout, selection: Selection, labels: Labels, prev: ReadonlyMap<string, FlowEdge>, show = false): FlowEdge[] {
  const byId = touchpointsById(doc);
  const handoffs = new Set(doc.flows.filter((f) => isHandoff(f, byId)).map((f) => f.id));
  // Presenting draws hand-off labels at 20 px instead of 11: they need about twice the room.
  const routes = planRoutes(doc.flows, handoffs, layout, show ? 20 / 11 : 1);
  return doc.flows.map((flow) => {
    const handoff = handoffs.has(flow.id);
    const route = routes.get(flow.id);
    const selected = selection.flows.has(flow.id);
    const from = byId.get(flow.sourceId)?.title ?? '';
    const to = byId.get(flow.targetId)?.title ?? '';
    const ariaLabel = handoff ? labels.handoff(from, to) : labels.flow(from, to);
    const old = prev.get(flow.id);
    if (old && old.data?.flow === flow && old.data.handoff === handoff && sameRoute(old.data.route, route) && (old.selected ?? false) === selected && old.ariaLabel === ariaLabel) return old;
    return {
      id: flow.id,
      source: flow.sourceId,
      target: flow.targetId,
      type: 'flow',
      data: { flow, handoff, route },
      selected,
      ariaLabel,
      // Cards are the "group"s of the map (named by title); a flow is a selectable control.
      ariaRole: 'button',
      markerEnd: handoff ? HANDOFF_MARKER : MARKER,
    };
  });
}
