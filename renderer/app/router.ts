/** A tiny hash router: `#/journeys`, `#/journeys/<id>`, `#/pain-points`, `#/surveys`, `#/compare`, `#/reports`. */
import { useMemo, useSyncExternalStore } from 'react';

export type Section = 'journeys' | 'pain-points' | 'surveys' | 'compare' | 'reports';
export const SECTIONS: readonly Section[] = ['journeys', 'pain-points', 'surveys', 'compare', 'reports'];

export type Route =
  | { name: 'journeys' }
  | { name: 'journey'; id: string }
  | { name: 'pain-points' }
  | { name: 'surveys' }
  | { name: 'compare' }
  | { name: 'reports' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  const [head, id] = parts;
  if (head === 'journeys' && id) return { name: 'journey', id };
  if (head === 'pain-points' || head === 'surveys' || head === 'compare' || head === 'reports') return { name: head };
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
  return route.name === 'journey' ? `#/journeys/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}

/** The menu section a route belongs to. */
export function sectionOf(route: Route): Section {
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
