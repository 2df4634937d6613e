/**
 * Removing and restoring questions without losing answers: a question that has answers is
 * only removed when the caller confirms it, and then moves with its answers into
 * `removed_questions` / `removed_answers`, from which it can be put back.
 */
import type { RemovedQuestion, Survey } from '../../../shared/domain/survey/types';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { now } from '../db/ids';
import { assertSurveyVersion, bumpSurvey, getSurvey, touchRoundData } from './repo';

const IN_SURVEY_ROUNDS = 'round_id IN (SELECT id FROM rounds WHERE survey_id = ?)';

/** The survey's removed questions, most recently removed first. */
export function listRemovedQuestions(db: Db, surveyId: string): RemovedQuestion[] {
  const rows = db
    .prepare("SELECT uid, data ->> 'code' AS code, data ->> 'text' AS text, answers, removed_at FROM removed_questions WHERE survey_id = ? ORDER BY removed_at DESC, uid")
    .all(surveyId) as { uid: string; code: string | null; text: string; answers: number; removed_at: string }[];
  return rows.map((r) => ({ id: r.uid, code: r.code, text: r.text, answers: r.answers, removedAt: r.removed_at }));
}

/** Runs an update of one question and adds one to its version if the row changed. */
export function bumpChangedQuestion(db: Db, uid: string, update: () => void): void {
  const read = db.prepare('SELECT * FROM questions WHERE uid = ?');
  const before = JSON.stringify(read.get(uid));
  update();
  if (JSON.stringify(read.get(uid)) !== before) db.prepare('UPDATE questions SET version = version + 1 WHERE uid = ?').run(uid);
}

function countAnswers(db: Db, surveyId: string, rowId: number): { responses: number; rows: number } {
  return db
    .prepare(`SELECT count(DISTINCT response_id) AS responses, count(*) AS rows FROM answers WHERE ${IN_SURVEY_ROUNDS} AND question_id = ?`)
    .get(surveyId, rowId) as { responses: number; rows: number };
}

/** Responses that answered each of the survey's questions named (0 for a question with none). */
export function answerCounts(db: Db, surveyId: string, uids: readonly string[]): Record<string, number> {
  const rowOf = db.prepare('SELECT id FROM questions WHERE uid = ? AND survey_id = ?');
  const out: Record<string, number> = {};
  for (const uid of uids) {
    const row = rowOf.get(uid, surveyId) as { id: number } | undefined;
    if (!row) throw appError('not_found', 'question.not_in_survey', { id: uid });
    out[uid] = countAnswers(db, surveyId, row.id).responses;
  }
  return out;
}

/** Marks the rounds holding a question's answers as changed (their cached aggregates go). */
function touchRounds(db: Db, sql: string, ...args: unknown[]): void {
  for (const r of db.prepare(sql).all(...args) as { round_id: number }[]) touchRoundData(db, r.round_id);
}

/**
 * Removes a question left out of a saved list. One without answers is deleted; one with answers
 * is refused unless `confirmed`, and then kept, answers and all, among the removed questions.
 */
export function removeQuestion(db: Db, surveyId: string, q: { id: number; uid: string }, confirmed: boolean): void {
  const counts = countAnswers(db, surveyId, q.id);
  if (counts.rows > 0) {
    const row = db.prepare('SELECT * FROM questions WHERE id = ?').get(q.id) as Record<string, unknown> & { text: string };
    if (!confirmed) {
      throw appError('conflict', 'question.has_answers', { record: 'question', reason: 'answers', id: q.uid, title: row.text, answers: counts.responses });
    }
    db.prepare('INSERT INTO removed_questions (uid, survey_id, row_id, data, answers, removed_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      q.uid,
      surveyId,
      q.id,
      JSON.stringify(row),
      counts.responses,
      now(),
    );
    db.prepare(
      `INSERT INTO removed_answers (question_uid, round_id, response_id, ord, value, text)
       SELECT ?, round_id, response_id, ord, value, text FROM answers WHERE ${IN_SURVEY_ROUNDS} AND question_id = ?`,
    ).run(q.uid, surveyId, q.id);
    touchRounds(db, `SELECT DISTINCT round_id FROM answers WHERE ${IN_SURVEY_ROUNDS} AND question_id = ?`, surveyId, q.id);
    db.prepare(`DELETE FROM answers WHERE ${IN_SURVEY_ROUNDS} AND question_id = ?`).run(surveyId, q.id);
  }
  db.prepare('DELETE FROM questions WHERE id = ?').run(q.id);
}

/** Puts removed questions back at the end of the list, with the answers whose round and response still exist. */
export function restoreQuestions(db: Db, surveyId: string, baseVersion: number, uids: readonly string[]): Survey {
  return db.transaction(() => {
    assertSurveyVersion(db, surveyId, baseVersion);
    const columns = new Set((db.prepare("SELECT name FROM pragma_table_info('questions')").all() as { name: string }[]).map((c) => c.name));
    for (const uid of uids) {
      const removed = db.prepare('SELECT data FROM removed_questions WHERE uid = ? AND survey_id = ?').get(uid, surveyId) as { data: string } | undefined;
      if (!removed) throw appError('not_found', 'question.not_removed', { id: uid });
      const data = JSON.parse(removed.data) as Record<string, unknown>;
      const { p } = db.prepare('SELECT coalesce(max(position), -1) AS p FROM questions WHERE survey_id = ?').get(surveyId) as { p: number };
      const values: Record<string, unknown> = { ...data, position: p + 1, version: Number(data.version ?? 1) + 1 };
      // The row id is chosen afresh (another question may hold the old one); answers follow it.
      const names = Object.keys(values).filter((k) => k !== 'id' && columns.has(k));
      const info = db.prepare(`INSERT INTO questions (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(
        Object.fromEntries(names.map((n) => [n, values[n]])),
      );
      const rowId = Number(info.lastInsertRowid);
      const live = `question_uid = ? AND ${IN_SURVEY_ROUNDS} AND response_id IN (SELECT id FROM responses)`;
      touchRounds(db, `SELECT DISTINCT round_id FROM removed_answers WHERE ${live}`, uid, surveyId);
      db.prepare(`INSERT INTO answers (round_id, question_id, response_id, ord, value, text) SELECT round_id, ?, response_id, ord, value, text FROM removed_answers WHERE ${live}`).run(
        rowId,
        uid,
        surveyId,
      );
      db.prepare('DELETE FROM removed_questions WHERE uid = ?').run(uid);
    }
    bumpSurvey(db, surveyId);
    return getSurvey(db, surveyId);
  })();
}
