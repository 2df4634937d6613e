/**
 * Addresses of the Pain points page and of a touchpoint on its map:
 * `#/pain-points?tp=<touchpointId>` opens the page with that point's detail;
 * `#/journeys/<journeyId>?tp=<touchpointId>` opens the editor with the card selected and centred.
 */

export interface PainPointsRoute {
  name: 'pain-points';
  /** The touchpoint whose detail is open. */
  tp?: string;
}

/** The `tp` parameter of a hash route's query part. */
export function touchpointParam(query: string | undefined): string | undefined {
  return new URLSearchParams(query ?? '').get('tp') || undefined;
}

export function painPointsRoute(query: string | undefined): PainPointsRoute {
  const tp = touchpointParam(query);
  return tp ? { name: 'pain-points', tp } : { name: 'pain-points' };
}

export function painPointsHref(tp?: string | null): string {
  return tp ? `#/pain-points?tp=${encodeURIComponent(tp)}` : '#/pain-points';
}

/** The editor focused on one touchpoint. */
export function mapHref(journeyId: string, touchpointId: string): string {
  return `#/journeys/${encodeURIComponent(journeyId)}?tp=${encodeURIComponent(touchpointId)}`;
}
