/**
 * The Compare page's hash route: `#/compare?before=<roundId>&after=<roundId>&by=<attribute>&min=<n>&tab=<tab>&journey=<id>`.
 * Everything a reader picked lives in the address, so a reload (or a link) shows the same comparison.
 */

export const COMPARE_TABS = ['items', 'charts', 'map', 'versions'] as const;
export type CompareTab = (typeof COMPARE_TABS)[number];

export interface CompareRoute {
  name: 'compare';
  before?: string;
  after?: string;
  by?: string;
  /** Privacy minimum. */
  min?: number;
  tab?: CompareTab;
  /** Journey shown on the map and versions tabs. */
  journey?: string;
}

export const DEFAULT_PRIVACY_MIN = 5;

/** The route for the query part after `#/compare?`. */
export function compareRoute(query: string | undefined): CompareRoute {
  const p = new URLSearchParams(query ?? '');
  const route: CompareRoute = { name: 'compare' };
  const before = p.get('before');
  const after = p.get('after');
  const by = p.get('by');
  const journey = p.get('journey');
  const min = Number(p.get('min'));
  const tab = p.get('tab');
  if (before) route.before = before;
  if (after) route.after = after;
  if (by) route.by = by;
  if (journey) route.journey = journey;
  if (Number.isInteger(min) && min >= 1 && min <= 1000) route.min = min;
  if ((COMPARE_TABS as readonly (string | null)[]).includes(tab)) route.tab = tab as CompareTab;
  return route;
}

export function compareHref(route: Omit<CompareRoute, 'name'>): string {
  const p = new URLSearchParams();
  if (route.before) p.set('before', route.before);
  if (route.after) p.set('after', route.after);
  if (route.by) p.set('by', route.by);
  if (route.min !== undefined && route.min !== DEFAULT_PRIVACY_MIN) p.set('min', String(route.min));
  if (route.tab && route.tab !== 'items') p.set('tab', route.tab);
  if (route.journey) p.set('journey', route.journey);
  const query = p.toString();
  return query ? `#/compare?${query}` : '#/compare';
}

const LAST_KEY = 'journey-audit-compare';

/** Keeps the last Compare address for this tab, so the menu brings the reader back to the same comparison. */
export function rememberCompare(href: string): void {
  try {
    sessionStorage.setItem(LAST_KEY, href);
  } catch {
    // Storage can be unavailable; the menu then opens an empty Compare page.
  }
}

export function lastCompareHref(): string {
  try {
    return sessionStorage.getItem(LAST_KEY) ?? '#/compare';
  } catch {
    return '#/compare';
  }
}
