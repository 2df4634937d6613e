import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useRoute } from '../../../app/router';
import { select, useCanvas } from '../store/canvasStore';
import { useWorkspace } from '../../workspace';
import { loadOpenActions } from './openActions';
import { loadPainRules } from '../../../lib/painRules';

// After React Flow's own onInit (a 1 ms timer), which places the first viewport.
const AFTER_INIT_MS = 40;

/**
 * The map's links to the pain-point review: loads the open-action badges of the journey and the
 * workspace's pain-point rules, and
 * `#/journeys/<id>?tp=<touchpoint>` selects that card and centres it.
 */
export function useMapFocus(journeyId: string): void {
  const route = useRoute();
  const tp = route.name === 'journey' ? route.tp : undefined;
  const generation = useWorkspace((s) => s.generation);
  const rf = useReactFlow();
  const ready = rf.viewportInitialized;

  useEffect(() => {
    void loadOpenActions(journeyId);
    void loadPainRules();
  }, [journeyId, generation]);

  useEffect(() => {
    if (!tp || !ready) return;
    const timer = setTimeout(() => {
      const card = useCanvas.getState().layout.cards.get(tp);
      if (!card) return;
      select([tp]);
      void rf.setCenter(card.x + card.width / 2, card.y + card.height / 2, { zoom: Math.max(rf.getZoom(), 0.9), duration: 300 });
    }, AFTER_INIT_MS);
    return () => clearTimeout(timer);
  }, [tp, ready, rf]);
}
