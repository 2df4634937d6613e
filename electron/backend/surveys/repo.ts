/**
 * Survey storage: surveys, their questions and rounds.
 */
import type { Question, QuestionInput, Round, Survey, SurveyMeta, SurveySummary } from '../../../shared/domain/survey/types';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { newId, now } from '../db/ids';
import { assertVersion } from '../db/versions';
import { bumpChangedQuestion, listRemovedQuestions, removeQuestion } from './removed';
import { type QuestionRow, type RoundRow, linkColumns, toQuestion, toRound } from './rows';

interface SurveyRow {
  id: string;
  name: string;
  kind: SurveyMeta['kind'];
  description: string;
  template: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  question_count: number;
}

const ROUNDS_SQL = `SELECT r.id AS row_id, r.uid, r.survey_id, r.label, r.phase, r.field_start, r.field_end, r.notes, r.created_at, r.version,
  (SELECT count(*) FROM responses x WHERE x.round_id = r.id) AS responses FROM rounds r`;

export function listRounds(db: Db, surveyId: string): Round[] {
  return (db.prepare(`${ROUNDS_SQL} WHERE r.survey_id = ? ORDER BY r.created_at, r.id`).all(surveyId) as RoundRow[]).map(toRound);
}

export function getRound(db: Db, uid: string): Round & { rowId: number } {
  const row = db.prepare(`${ROUNDS_SQL} WHERE r.uid = ?`).get(uid) as (RoundRow & { row_id: number }) | undefined;
  if (!row) throw appError('not_found', 'round.not_found', { id: uid });
  return { ...toRound(row), rowId: row.row_id };
}

const toSummary = (db: Db, r: SurveyRow): SurveySummary => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  description: r.description,
  template: r.template,
  questionCount: r.question_count,
  rounds: listRounds(db, r.id),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const SURVEY_SQL = `SELECT s.*, (SELECT count(*) FROM questions q WHERE q.survey_id = s.id) AS question_count FROM surveys s`;

export function listSurveys(db: Db): SurveySummary[] {
  return (db.prepare(`${SURVEY_SQL} WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC`).all() as SurveyRow[]).map((r) => toSummary(db, r));
}

export function getSurveySummary(db: Db, id: string): SurveySummary {
  const row = db.prepare(`${SURVEY_SQL} WHERE s.id = ? AND s.deleted_at IS NULL`).get(id) as SurveyRow | undefined;
  if (!row) throw appError('not_found', 'survey.not_found', { id });
  return toSummary(db, row);
}

export function findSurveyByName(db: Db, name: string): SurveySummary | null {
  const row = db.prepare(`${SURVEY_SQL} WHERE s.name = ? AND s.deleted_at IS NULL`).get(name) as SurveyRow | undefined;
  return row ? toSummary(db, row) : null;
}

export function listQuestions(db: Db, surveyId: string): Question[] {
  return (db.prepare('SELECT * FROM questions WHERE survey_id = ? ORDER BY position, id').all(surveyId) as QuestionRow[]).map(toQuestion);
}

export function getSurvey(db: Db, id: string): Survey {
  return { ...getSurveySummary(db, id), questions: listQuestions(db, id), removedQuestions: listRemovedQuestions(db, id) };
}

function assertNameFree(db: Db, name: string, except: string | null): void {
  const clash = db.prepare('SELECT id FROM surveys WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?').get(name, except);
  if (clash) throw appError('conflict', 'survey.name_taken', { name });
}

export function insertSurvey(db: Db, meta: SurveyMeta, template: string | null): string {
  assertNameFree(db, meta.name, null);
  const id = newId();
  const at = now();
  db.prepare('INSERT INTO surveys (id, name, kind, description, template, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    meta.name,
    meta.kind,
    meta.description,
    template,
    at,
    at,
  );
  return id;
}

/** Refuses a change based on an outdated read of the survey (its meta or its question list). */
export function assertSurveyVersion(db: Db, id: string, baseVersion: number): SurveySummary {
  const cur = getSurveySummary(db, id);
  assertVersion('survey', id, cur.version, baseVersion, { title: cur.name, updatedAt: cur.updatedAt });
  return cur;
}

/** A change to the survey or its question list: one more version. */
export function bumpSurvey(db: Db, id: string): void {
  db.prepare('UPDATE surveys SET version = version + 1, updated_at = ? WHERE id = ?').run(now(), id);
}

export function updateSurvey(db: Db, id: string, patch: Partial<SurveyMeta>, baseVersion: number): SurveySummary {
  return db.transaction(() => {
    const cur = assertSurveyVersion(db, id, baseVersion);
    const next = { ...cur, ...patch };
    if (patch.name !== undefined) assertNameFree(db, next.name, id);
    db.prepare('UPDATE surveys SET name = ?, kind = ?, description = ?, updated_at = ? WHERE id = ?').run(next.name, next.kind, next.description, now(), id);
    bumpSurvey(db, id);
    return getSurveySummary(db, id);
  })();
}

export function touchSurvey(db: Db, id: string): void {
  db.prepare('UPDATE surveys SET updated_at = ? WHERE id = ?').run(now(), id);
}

export function insertQuestion(db: Db, surveyId: string, q: QuestionInput, position: number): { uid: string; rowId: number } {
  const uid = newId();
  const info = db
    .prepare(
      `INSERT INTO questions (uid, survey_id, position, code, text, type, scale_min, scale_max, labels, group_name, link_kind, link_id, link_factor, grouping, direction)
       VALUES (@uid, @surveyId, @position, @code, @text, @type, @scaleMin, @scaleMax, @labels, @group, @link_kind, @link_id, @link_factor, @grouping, @direction)`,
    )
    .run({ uid, surveyId, position, ...q, labels: JSON.stringify(q.labels), ...linkColumns(q.link) });
  // A question added anywhere (an import too) changes the list an open editor holds.
  bumpSurvey(db, surveyId);
  return { uid, rowId: Number(info.lastInsertRowid) };
}

/**
 * Replaces a survey's question list if the survey is still at `baseVersion`. A question left out
 * is removed; one with answers only when `removeAnswered` names it, and then into the store of
 * removed questions, answers and all, from which `restoreQuestions` brings it back.
 */
export function saveQuestions(
  db: Db,
  surveyId: string,
  questions: (QuestionInput & { id: string | null })[],
  baseVersion: number,
  removeAnswered: readonly string[] = [],
): Survey {
  return db.transaction(() => {
    assertSurveyVersion(db, surveyId, baseVersion);
    const existing = db.prepare('SELECT id, uid FROM questions WHERE survey_id = ?').all(surveyId) as { id: number; uid: string }[];
    const byUid = new Map(existing.map((e) => [e.uid, e.id]));
    const keep = new Set<string>();
    const update = db.prepare(
      `UPDATE questions SET position = @position, code = @code, text = @text, type = @type, scale_min = @scaleMin, scale_max = @scaleMax,
         labels = @labels, group_name = @group, link_kind = @link_kind, link_id = @link_id, link_factor = @link_factor, grouping = @grouping,
         direction = @direction
       WHERE uid = @uid AND survey_id = @surveyId`,
    );
    questions.forEach((q, position) => {
      if (q.id !== null) {
        if (!byUid.has(q.id)) throw appError('not_found', 'question.not_in_survey', { id: q.id });
        keep.add(q.id);
        bumpChangedQuestion(db, q.id, () => update.run({ uid: q.id, surveyId, position, ...q, labels: JSON.stringify(q.labels), ...linkColumns(q.link) }));
      } else {
        keep.add(insertQuestion(db, surveyId, q, position).uid);
      }
    });
    const confirmed = new Set(removeAnswered);
    for (const e of existing) if (!keep.has(e.uid)) removeQuestion(db, surveyId, e, confirmed.has(e.uid));
    bumpSurvey(db, surveyId);
    return getSurvey(db, surveyId);
  })();
}

type RoundFields = { label: string; phase: 'internal' | 'external'; fieldStart: string | null; fieldEnd: string | null; notes: string };

function assertLabelFree(db: Db, surveyId: string, label: string, exceptRowId: number | null): void {
  if (db.prepare('SELECT 1 FROM rounds WHERE survey_id = ? AND label = ? AND id IS NOT ?').get(surveyId, label, exceptRowId)) {
    throw appError('conflict', 'round.label_taken', { label });
  }
}

export function insertRound(db: Db, surveyId: string, r: RoundFields): Round {
  getSurveySummary(db, surveyId);
  assertLabelFree(db, surveyId, r.label, null);
  const uid = newId();
  db.prepare('INSERT INTO rounds (uid, survey_id, label, phase, field_start, field_end, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    uid,
    surveyId,
    r.label,
    r.phase,
    r.fieldStart,
    r.fieldEnd,
    r.notes,
    now(),
  );
  touchSurvey(db, surveyId);
  return getRound(db, uid);
}

/** Refuses a change based on an outdated read of the round. */
export function assertRoundVersion(db: Db, uid: string, baseVersion: number): Round & { rowId: number } {
  const cur = getRound(db, uid);
  assertVersion('round', uid, cur.version, baseVersion, { title: cur.label });
  return cur;
}

export function updateRound(db: Db, uid: string, patch: Partial<RoundFields>, baseVersion: number): Round & { rowId: number } {
  return db.transaction(() => updateRoundNow(db, uid, patch, baseVersion))();
}

function updateRoundNow(db: Db, uid: string, patch: Partial<RoundFields>, baseVersion: number): Round & { rowId: number } {
  const cur = assertRoundVersion(db, uid, baseVersion);
  const next = { ...cur, ...patch };
  assertLabelFree(db, cur.surveyId, next.label, cur.rowId);
  db.prepare('UPDATE rounds SET label = ?, phase = ?, field_start = ?, field_end = ?, notes = ?, version = version + 1 WHERE id = ?').run(
    next.label,
    next.phase,
    next.fieldStart,
    next.fieldEnd,
    next.notes,
    cur.rowId,
  );
  return getRound(db, uid);
}

/** Row ids of a survey's questions by their public id (answers reference the row id). */
export function questionRowIds(db: Db, surveyId: string): Map<string, number> {
  return new Map((db.prepare('SELECT id, uid FROM questions WHERE survey_id = ?').all(surveyId) as { id: number; uid: string }[]).map((r) => [r.uid, r.id]));
}

/**
 * Marks a round's answers as changed: cached aggregates of older versions stop being used.
 * Call inside the transaction that writes the answers.
 */
export function touchRoundData(db: Db, roundRowId: number): void {
  db.prepare('UPDATE rounds SET data_version = data_version + 1 WHERE id = ?').run(roundRowId);
  db.prepare('DELETE FROM analysis_cache WHERE round_id = ?').run(roundRowId);
}

/** Deletes a round's responses and answers (answers carry no foreign key, for import speed). */
export function clearRoundRows(db: Db, roundRowId: number, importId?: string): void {
  touchRoundData(db, roundRowId);
  if (importId) {
    db.prepare('DELETE FROM answers WHERE round_id = ? AND response_id IN (SELECT id FROM responses WHERE import_id = ?)').run(roundRowId, importId);
    db.prepare('DELETE FROM imports WHERE id = ?').run(importId);
  } else {
    db.prepare('DELETE FROM answers WHERE round_id = ?').run(roundRowId);
    db.prepare('DELETE FROM responses WHERE round_id = ?').run(roundRowId);
  }
}

export function deleteRound(db: Db, uid: string, baseVersion: number): void {
  db.transaction(() => {
    const r = assertRoundVersion(db, uid, baseVersion);
    clearRoundRows(db, r.rowId);
    db.prepare('DELETE FROM rounds WHERE id = ?').run(r.rowId);
  })();
}

export function deleteSurvey(db: Db, id: string, baseVersion: number): void {
  db.transaction(() => {
    assertSurveyVersion(db, id, baseVersion);
    db.prepare('DELETE FROM answers WHERE round_id IN (SELECT id FROM rounds WHERE survey_id = ?)').run(id);
    db.prepare('DELETE FROM surveys WHERE id = ?').run(id);
  })();
}
