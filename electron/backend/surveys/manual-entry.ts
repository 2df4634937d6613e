/**
 * Responses typed in by hand (paper questionnaires): validated against each question's
 * type and scale, written in one transaction.
 */
import type { z } from 'zod';
import type { ManualResponse } from '../../../shared/ops/surveys';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import { messageText } from '../../../shared/messages/catalog';
import type { MessageParams } from '../../../shared/messages/format';
import type { Db } from '../db/open';
import { getRound, listQuestions, questionRowIds, touchRoundData, touchSurvey } from './repo';

export function addManualResponses(db: Db, roundUid: string, responses: z.infer<typeof ManualResponse>[]): number {
  const round = getRound(db, roundUid);
  const questions = new Map(listQuestions(db, round.surveyId).map((q) => [q.id, q]));
  const rowIds = questionRowIds(db, round.surveyId);
  const problems: ErrorIssue[] = [];
  const problem = (path: string, code: string, params?: MessageParams) =>
    problems.push({ path, code, ...(params ? { params } : {}), message: messageText('en', code, params) });
  responses.forEach((r, i) => {
    for (const [qid, v] of Object.entries(r.answers)) {
      const q = questions.get(qid);
      if (!q) problem(`responses.${i}.answers.${qid}`, 'manual.no_question');
      else if (v === null) continue;
      else if (q.type === 'text' && typeof v !== 'string') problem(`responses.${i}.answers.${qid}`, 'manual.expected_text');
      else if (q.type === 'multiple' && !Array.isArray(v)) problem(`responses.${i}.answers.${qid}`, 'manual.expected_list');
      else if (q.type !== 'text' && q.type !== 'multiple' && typeof v !== 'number') problem(`responses.${i}.answers.${qid}`, 'manual.expected_number');
      else if (typeof v === 'number') {
        const [lo, hi] = q.type === 'nps' ? [0, 10] : [q.scaleMin, q.scaleMax];
        if (q.type !== 'number' && lo !== null && hi !== null && (v < lo || v > hi || !Number.isInteger(v))) {
          problem(`responses.${i}.answers.${qid}`, 'manual.out_of_scale', { value: v, min: lo, max: hi });
        }
      }
    }
  });
  if (problems.length) {
    const params = { count: problems.length, first: problems[0]!.message };
    throw new AppError({ code: 'validation', message: messageText('en', 'manual.not_saved', params), issues: problems });
  }

  return db.transaction(() => {
    const insResponse = db.prepare("INSERT INTO responses (round_id, external_id, submitted_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%S', 'now'))");
    const insAttr = db.prepare('INSERT INTO response_attributes (response_id, name, value) VALUES (?, ?, ?)');
    const insAnswer = db.prepare('INSERT INTO answers (round_id, question_id, response_id, ord, value, text) VALUES (?, ?, ?, ?, ?, ?)');
    for (const r of responses) {
      const rid = Number(insResponse.run(round.rowId, r.externalId).lastInsertRowid);
      for (const [name, value] of Object.entries(r.attributes)) if (value.trim()) insAttr.run(rid, name, value.trim());
      for (const [qid, v] of Object.entries(r.answers)) {
        if (v === null || v === '') continue;
        const q = rowIds.get(qid)!;
        if (Array.isArray(v)) [...new Set(v)].forEach((x, ord) => insAnswer.run(round.rowId, q, rid, ord, x, null));
        else if (typeof v === 'string') insAnswer.run(round.rowId, q, rid, 0, 0, v);
        else insAnswer.run(round.rowId, q, rid, 0, v, null);
      }
    }
    touchRoundData(db, round.rowId);
    touchSurvey(db, round.surveyId);
    return responses.length;
  })();
}
