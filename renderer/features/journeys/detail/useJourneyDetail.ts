import { useCallback, useEffect, useState } from 'react';
import type { Journey, JourneySummary } from '../../../../shared/domain/journey';
import { api } from '../../../api/client';
import { useWorkspace } from '../../workspace';

interface DetailState {
  journey: Journey | null;
  error: unknown;
  loaded: boolean;
}

/** Loads one journey, again whenever the workspace changes. */
export function useJourneyDetail(id: string) {
  const generation = useWorkspace((s) => s.generation);
  const [state, setState] = useState<DetailState>({ journey: null, error: null, loaded: false });

  useEffect(() => {
    let live = true;
    api['journeys.get']({ id }).then(
      (journey) => live && setState({ journey, error: null, loaded: true }),
      (error: unknown) => live && setState({ journey: null, error, loaded: true }),
    );
    return () => {
      live = false;
    };
  }, [id, generation]);

  /** Takes in new metadata after an edit without reloading the touchpoints. */
  const applySummary = useCallback((summary: JourneySummary) => {
    setState((s) => (s.journey && s.journey.id === summary.id ? { ...s, journey: { ...s.journey, ...summary } } : s));
  }, []);

  return { ...state, applySummary };
}
