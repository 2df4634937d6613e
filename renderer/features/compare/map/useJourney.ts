/** Loads one journey (the current map) for the overlay; reloads when the workspace changes. */
import { useEffect, useState } from 'react';
import type { Journey } from '../../../../shared/domain/journey';
import { api } from '../../../api/client';
import { useWorkspace } from '../../workspace';

export function useJourney(id: string | null): { journey: Journey | null; error: unknown; loading: boolean } {
  const generation = useWorkspace((s) => s.generation);
  const [state, setState] = useState<{ key: string | null; journey: Journey | null; error: unknown }>({ key: null, journey: null, error: null });
  const key = id ? `${id}@${generation}` : null;
  useEffect(() => {
    if (!id) return;
    let live = true;
    api['journeys.get']({ id }).then(
      (journey) => live && setState({ key: `${id}@${generation}`, journey, error: null }),
      (error: unknown) => live && setState({ key: `${id}@${generation}`, journey: null, error }),
    );
    return () => {
      live = false;
    };
  }, [id, generation]);
  const current = state.key === key;
  return { journey: current ? state.journey : null, error: current ? state.error : null, loading: key !== null && !current };
}
