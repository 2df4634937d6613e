/**
 * Hand-offs: a flow whose source and target touchpoints sit in different lanes, i.e. the
 * customer is passed from one department (or the system, or a partner) to another. Issue 3:
 * "a flow that crosses lanes is a hand-off and is shown as one … the map shows where hand-offs
 * happen". DESIGN.md §2 (transfer) is why they matter: every transfer costs loyalty.
 */
import type { Flow, Touchpoint } from '../journey';

type FlowDoc = { readonly touchpoints: readonly Touchpoint[]; readonly flows: readonly Flow[] };

/** True when both ends exist and lie in different lanes; a flow to a missing touchpoint is not a hand-off. */
export function isHandoff(flow: Flow, byId: ReadonlyMap<string, Touchpoint>): boolean {
  const source = byId.get(flow.sourceId);
  const target = byId.get(flow.targetId);
  return source !== undefined && target !== undefined && source.laneId !== target.laneId;
}

/** Touchpoints by id, for `isHandoff`. */
export function touchpointsById(doc: Pick<FlowDoc, 'touchpoints'>): Map<string, Touchpoint> {
  return new Map(doc.touchpoints.map((t) => [t.id, t]));
}

/** The flows of a map that cross lanes, in document order. */
export function handoffFlows(doc: FlowDoc): Flow[] {
  const byId = touchpointsById(doc);
  return doc.flows.filter((f) => isHandoff(f, byId));
}

/**
 * Outgoing hand-offs per touchpoint (by source), with an entry — possibly 0 — for every
 * touchpoint of the map, so the card can show where the customer gets passed on.
 */
export function handoffCountByTouchpoint(doc: FlowDoc): Map<string, number> {
  const counts = new Map(doc.touchpoints.map((t) => [t.id, 0]));
  for (const f of handoffFlows(doc)) counts.set(f.sourceId, (counts.get(f.sourceId) ?? 0) + 1);
  return counts;
}
