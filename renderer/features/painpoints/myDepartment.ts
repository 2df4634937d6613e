/** "My department": picked once, remembered on this computer, used as the list's preset. */
import { useSyncExternalStore } from 'react';

const KEY = 'journey-audit-my-department';
const listeners = new Set<() => void>();

export function myDepartment(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function setMyDepartment(id: string | null): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable; the choice then lasts until the page is left.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export const useMyDepartment = (): string | null => useSyncExternalStore(subscribe, myDepartment);
