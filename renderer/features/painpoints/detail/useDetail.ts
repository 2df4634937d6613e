import { useCallback, useEffect, useState } from 'react';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { api } from '../../../api/client';
import { handleWriteError } from '../../../ui/conflict';
import { usePainPoints } from '../store';

type State = { id: string; generation: number } & ({ detail: PainPointDetail; error?: undefined } | { detail?: undefined; error: unknown });

export interface DetailHandle {
  detail: PainPointDetail | null;
  error: unknown;
  /** Runs a change; its answer (the updated detail) replaces the detail and the list's row. False when it failed. */
  run(work: () => Promise<PainPointDetail>): Promise<boolean>;
}

/** One pain point's detail, loaded when it is opened and kept in step with the list. */
export function useDetail(touchpointId: string | null, generation: number): DetailHandle {
  const [state, setState] = useState<State | null>(null);
  const [reloads, setReloads] = useState(0);
  const put = usePainPoints((s) => s.put);

  useEffect(() => {
    if (!touchpointId) return;
    let live = true;
    api['painPoints.get']({ touchpointId }).then(
      (detail) => {
        if (!live) return;
        setState({ id: touchpointId, generation, detail });
        put(detail.point);
      },
      (error: unknown) => live && setState({ id: touchpointId, generation, error }),
    );
    return () => {
      live = false;
    };
  }, [touchpointId, generation, reloads, put]);

  const run = useCallback(
    async (work: () => Promise<PainPointDetail>) => {
      try {
        const detail = await work();
        setState((s) => (s && s.id === detail.point.touchpointId ? { ...s, detail, error: undefined } : s));
        put(detail.point);
        return true;
      } catch (error) {
        // Changed in another window meanwhile: say so, and offer to read it again.
        handleWriteError(error, () => setReloads((n) => n + 1));
        return false;
      }
    },
    [put],
  );

  const current = state && state.id === touchpointId && state.generation === generation ? state : null;
  return { detail: current?.detail ?? null, error: current?.error ?? null, run };
}
