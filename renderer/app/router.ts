/** A tiny hash router: `#/journeys`, `#/journeys/<id>[?tp=<touchpoint>]`, `#/pain-points[?tp=<touchpoint>]`, `#/surveys`, `#/compare?…`. */
import { useMemo, useSyncExternalStore } from 'react';
import { compareHref, compareRoute, type CompareRoute } from '../features/compare';
import { mapHref, painPointsHref, painPointsRoute, touchpointParam, type PainPointsRoute } from '../features/painpoints';
import { surveyHref, surveyRoute } from '../features/surveys';

export type Section = 'journeys' | 'pain-points' | 'surveys' | 'compare';
export const SECTIONS: readonly Section[] = ['journeys', 'pain-points', 'surveys', 'compare'];

export type Route =
  | { name: 'journeys' }
  | { name: 'journey'; id: string; /** A touchpoint to select and centre. */ tp?: string }
  | PainPointsRoute
  | { name: 'surveys' }
  | { name: 'survey'; id: string; tab?: 'questions' | 'rounds' }
  | { name: 'round'; surveyId: string; roundId: string }
  | CompareRoute;

export function parseRoute(hash: string): Route {
  const [path = '', query] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const [head, id] = parts;
  if (head === 'journeys' && id) {
    const tp = touchpointParam(query);
    return tp ? { name: 'journey', id, tp } : { name: 'journey', id };
  }
  if (head === 'surveys' && id) return surveyRoute(id, parts[2], parts[3]);
  if (head === 'compare') return compareRoute(query);
  if (head === 'pain-points') return painPointsRoute(query);
  if (head === 'surveys') return { name: head };
  return { name: 'journeys' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function hrefOf(route: Route): string {
  if (route.name === 'survey' || route.name === 'round') return surveyHref(route);
  if (route.name === 'compare') return compareHref(route);
  if (route.name === 'pain-points') return painPointsHref(route.tp);
  if (route.name === 'journey' && route.tp) return mapHref(route.id, route.tp);
  return route.name === 'journey' ? `#/journeys/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}

/** The menu section a route belongs to. */
export function sectionOf(route: Route): Section {
  if (route.name === 'survey' || route.name === 'round') return 'surveys';
  return route.name === 'journey' ? 'journeys' : route.name;
}

export function navigate(route: Route | string): void {
  const href = typeof route === 'string' ? route : hrefOf(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
