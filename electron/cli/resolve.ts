/**
 * Finding a survey and its rounds by name for CLI commands, with messages that list what exists.
 */
import type { Round, SurveySummary } from '../../shared/domain/survey/types';
import { AppError } from '../../shared/errors';
import type { Db } from '../backend/db/open';
import { findSurveyByName, listRounds } from '../backend/surveys/repo';

export function surveyByName(db: Db, name: string, workspace: string): SurveySummary {
  const survey = findSurveyByName(db, name);
  if (!survey) throw new AppError({ code: 'not_found', message: `No survey called “${name}” in ${workspace}` });
  return survey;
}

export function roundByLabel(db: Db, survey: SurveySummary, label: string): Round {
  const rounds = listRounds(db, survey.id);
  const round = rounds.find((r) => r.label === label);
  if (!round) throw new AppError({ code: 'not_found', message: `Survey “${survey.name}” has no round “${label}” (rounds: ${rounds.map((r) => r.label).join(', ') || 'none'})` });
  return round;
}
