/** Loads a round's survey (names, labels) and its summary for a breakdown and privacy minimum. */
import { useEffect, useState } from 'react';
import type { Survey } from '../../../../shared/domain/survey/types';
import type { RoundSummary } from '../../../../shared/ops/surveys';
import { api } from '../../../api/client';

interface State {
  survey: Survey | null;
  summary: RoundSummary | null;
  /** The query the summary answers, so a slow old answer never replaces a newer one. */
  query: string;
  error: unknown;
}

export function useRoundSummary(surveyId: string, roundId: string, by: string | null, privacyMin: number, generation: number) {
  const [state, setState] = useState<State>({ survey: null, summary: null, query: '', error: null });
  const query = JSON.stringify([surveyId, roundId, by, privacyMin, generation]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [survey, summary] = await Promise.all([api['surveys.get']({ id: surveyId }), api['rounds.summary']({ id: roundId, by, privacyMin })]);
        if (live) setState({ survey, summary, query, error: null });
      } catch (error) {
        if (live) setState((s) => ({ ...s, query, error }));
      }
    })();
    return () => {
      live = false;
    };
  }, [surveyId, roundId, by, privacyMin, query]);

  return { ...state, loading: state.query !== query };
}
