/**
 * Handlers for surveys, questions and rounds.
 */
import { findSurveyTemplate, templateQuestions } from '../../../shared/domain/survey/templates';
import { appError } from '../../../shared/messages/appError';
import type { HandlersOf } from '../../../shared/ops/op';
import type { surveyOps } from '../../../shared/ops/surveys';
import type { WorkspaceSession } from '../workspace/session';
import { workspaceLang } from '../workspace/settings';
import { addManualResponses } from './manual-entry';
import { deleteRound, deleteSurvey, getSurvey, getSurveySummary, insertQuestion, insertRound, insertSurvey, listSurveys, saveQuestions, updateRound, updateSurvey } from './repo';
import { answerCounts, restoreQuestions } from './removed';
import { roundSummary } from './summary';

export function surveyHandlers(session: WorkspaceSession): HandlersOf<typeof surveyOps> {
  const db = () => session.requireDb();
  return {
    'surveys.list': () => listSurveys(db()),
    'surveys.get': ({ id }) => getSurvey(db(), id),
    'surveys.create': ({ template: key, ...meta }) => {
      const template = key && key !== 'blank' ? findSurveyTemplate(key) : undefined;
      if (key && key !== 'blank' && !template) throw appError('validation', 'survey.template_unknown', { template: key });
      return db().transaction(() => {
        const kind = meta.kind ?? template?.kind ?? 'external';
        const id = insertSurvey(db(), { name: meta.name, kind, description: meta.description ?? template?.description[workspaceLang(db())] ?? '' }, template?.key ?? null);
        if (template) templateQuestions(template, workspaceLang(db())).forEach((q, i) => insertQuestion(db(), id, q, i));
        return getSurveySummary(db(), id);
      })();
    },
    'surveys.update': ({ id, patch, baseVersion }) => updateSurvey(db(), id, patch, baseVersion),
    'surveys.delete': ({ id, baseVersion }) => {
      deleteSurvey(db(), id, baseVersion);
      return { id };
    },
    'surveys.saveQuestions': ({ surveyId, questions, baseVersion, removeAnswered }) => saveQuestions(db(), surveyId, questions, baseVersion, removeAnswered),
    'surveys.answerCounts': ({ surveyId, questionIds }) => answerCounts(db(), surveyId, questionIds),
    'surveys.restoreQuestions': ({ surveyId, baseVersion, questionIds }) => restoreQuestions(db(), surveyId, baseVersion, questionIds),
    'rounds.create': ({ surveyId, ...r }) => insertRound(db(), surveyId, r),
    'rounds.update': ({ id, patch, baseVersion }) => {
      const { rowId: _rowId, ...round } = updateRound(db(), id, patch, baseVersion);
      return round;
    },
    'rounds.delete': ({ id, baseVersion }) => {
      deleteRound(db(), id, baseVersion);
      return { id };
    },
    'rounds.summary': ({ id, by, privacyMin }) => roundSummary(db(), id, by, privacyMin),
    'rounds.addResponses': ({ id, responses }) => ({ added: addManualResponses(db(), id, responses) }),
  };
}
