/**
 * The composites a survey's question links define, as lists of question row ids (what the
 * answers table references).
 */
import { compositesOf } from '../../../shared/domain/compare/pairing';
import type { Db } from '../db/open';
import { listQuestions, questionRowIds } from '../surveys/repo';

export function surveyComposites(db: Db, surveyId: string): number[][] {
  const rowIds = questionRowIds(db, surveyId);
  return compositesOf(listQuestions(db, surveyId)).map((c) => c.questions.map((q) => rowIds.get(q.id)!));
}
