/** A journey's saved versions, saving a new one, and the comparison of two versions with both maps (for the emotion curve). */
import { useCallback, useEffect, useState } from 'react';
import type { Journey } from '../../../../shared/domain/journey';
import type { JourneySnapshot, MapComparison, VersionRef } from '../../../../shared/ops/journeys';
import { api } from '../../../api/client';
import { useWorkspace } from '../../workspace';

/** '' is the map as it is now; anything else a snapshot id. */
export type VersionPick = string;
export const CURRENT: VersionPick = '';

const refOf = (journeyId: string, pick: VersionPick): VersionRef => (pick === CURRENT ? { kind: 'current', journeyId } : { kind: 'snapshot', id: pick });
const mapOf = (journeyId: string, pick: VersionPick): Promise<Journey> => (pick === CURRENT ? api['journeys.get']({ id: journeyId }) : api['journeys.getSnapshot']({ id: pick }));

export interface VersionResult {
  comparison: MapComparison;
  before: Journey;
  after: Journey;
}

export function useSnapshots(journeyId: string | null) {
  const generation = useWorkspace((s) => s.generation);
  const [state, setState] = useState<{ key: string; list: JourneySnapshot[] | null; error: unknown }>({ key: '', list: null, error: null });
  const key = `${journeyId}@${generation}`;
  const reload = useCallback(() => {
    if (!journeyId) return Promise.resolve();
    const k = `${journeyId}@${generation}`;
    return api['journeys.snapshots']({ journeyId }).then(
      (list) => setState({ key: k, list: [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), error: null }),
      (error: unknown) => setState({ key: k, list: null, error }),
    );
  }, [journeyId, generation]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const current = state.key === key;
  return { list: current ? state.list : null, error: current ? state.error : null, reload };
}

export function useVersionComparison(journeyId: string | null, before: VersionPick | null, after: VersionPick | null) {
  const generation = useWorkspace((s) => s.generation);
  const [state, setState] = useState<{ key: string; result: VersionResult | null; error: unknown }>({ key: '', result: null, error: null });
  const ready = journeyId !== null && before !== null && after !== null && before !== after;
  const key = ready ? JSON.stringify([journeyId, before, after, generation]) : '';
  useEffect(() => {
    if (!ready) return;
    let live = true;
    Promise.all([api['journeys.compareVersions']({ before: refOf(journeyId, before), after: refOf(journeyId, after) }), mapOf(journeyId, before), mapOf(journeyId, after)]).then(
      ([comparison, b, a]) => live && setState({ key, result: { comparison, before: b, after: a }, error: null }),
      (error: unknown) => live && setState({ key, result: null, error }),
    );
    return () => {
      live = false;
    };
  }, [ready, key, journeyId, before, after]);
  const current = ready && state.key === key;
  return { result: current ? state.result : null, error: current ? state.error : null, loading: ready && !current };
}
