/**
 * Finding a survey and its rounds by name for CLI commands, with messages that list what exists.
 */
import type { Round, SurveySummary } from '../../shared/domain/survey/types';
import { appError } from '../../shared/messages/appError';
import type { Db } from '../backend/db/open';
import { findSurveyByName, listRounds } from '../backend/surveys/repo';

export function surveyByName(db: Db, name: string, workspace: string): SurveySummary {
  const survey = findSurveyByName(db, name);
  if (!survey) throw appError('not_found', 'cli.no_survey', { name, workspace });
  return survey;
}

export function roundByLabel(db: Db, survey: SurveySummary, label: string): Round {
  const rounds = listRounds(db, survey.id);
  const round = rounds.find((r) => r.label === label);
  if (!round) throw appError('not_found', 'cli.no_round', { survey: survey.name, label, rounds: rounds.map((r) => r.label).join(', ') || '—' });
  return round;
}

/** The options `compare` and `report` share: which rounds, the breakdown, the privacy minimum, the language. */
export const ROUND_PAIR_OPTIONS = {
  survey: { type: 'string' },
  'after-survey': { type: 'string' },
  before: { type: 'string' },
  after: { type: 'string' },
  by: { type: 'string' },
  'privacy-min': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface RoundPairValues {
  survey?: string;
  'after-survey'?: string;
  before?: string;
  after?: string;
  by?: string;
  'privacy-min'?: string;
}

/** The comparison those options ask for (before it is validated): rounds by label, `--after-survey` defaulting to `--survey`. */
export function roundPair(db: Db, values: RoundPairValues, workspace: string) {
  const survey = surveyByName(db, values.survey!, workspace);
  const afterSurvey = values['after-survey'] ? surveyByName(db, values['after-survey'], workspace) : survey;
  return {
    survey,
    afterSurvey,
    request: {
      beforeRoundId: roundByLabel(db, survey, values.before!).id,
      afterRoundId: roundByLabel(db, afterSurvey, values.after!).id,
      by: values.by ?? null,
      ...(values['privacy-min'] ? { privacyMin: Number(values['privacy-min']) } : {}),
    },
  };
}
