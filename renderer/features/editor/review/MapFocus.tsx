import { useMapFocus } from './useMapFocus';

/** Inside the editor's React Flow provider: badges loaded, and the card named by `?tp=` focused. */
export function MapFocus({ journeyId }: { journeyId: string }) {
  useMapFocus(journeyId);
  return null;
}
