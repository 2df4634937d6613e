/** Open improvement actions per touchpoint of the journey on the map, for the cards' badges. */
import { create } from 'zustand';
import { api } from '../../../api/client';

interface OpenActionsState {
  journeyId: string | null;
  counts: Readonly<Record<string, number>>;
}

const NONE: Readonly<Record<string, number>> = Object.freeze({});

export const useOpenActions = create<OpenActionsState>()(() => ({ journeyId: null, counts: NONE }));

export async function loadOpenActions(journeyId: string): Promise<void> {
  if (useOpenActions.getState().journeyId !== journeyId) useOpenActions.setState({ journeyId, counts: NONE });
  try {
    const counts = await api['actions.openByTouchpoint']({ journeyId });
    if (useOpenActions.getState().journeyId === journeyId) useOpenActions.setState({ counts });
  } catch {
    // Badges are a hint: a map without them is still the map.
  }
}

/** One touchpoint's open actions; cards subscribe to their own count only. */
export const useOpenActionCount = (touchpointId: string): number => useOpenActions((s) => s.counts[touchpointId] ?? 0);
