-- Workspace schema: a version on every editable record, so a write based on an outdated read
-- (a second window, a second app instance) is refused instead of silently undoing the other
-- write. Every update adds one; every update or delete names the version it was based on.
-- Removing a question that has answers keeps both in a restorable store (removed_questions,
-- removed_answers) instead of deleting them.

ALTER TABLE surveys ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rounds ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pain_reviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pain_causes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customer_stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE improvement_actions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE departments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A removed question as it was (all its columns as JSON), until it is restored.
CREATE TABLE removed_questions (
  uid        TEXT PRIMARY KEY,
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  -- the questions row id its answers still carry
  row_id     INTEGER NOT NULL,
  data       TEXT NOT NULL CHECK (json_valid(data)),
  answers    INTEGER NOT NULL,
  removed_at TEXT NOT NULL
) STRICT;
CREATE INDEX removed_questions_survey ON removed_questions (survey_id, removed_at);

-- The answers of removed questions, moved here unchanged.
CREATE TABLE removed_answers (
  question_uid TEXT NOT NULL REFERENCES removed_questions (uid) ON DELETE CASCADE,
  round_id     INTEGER NOT NULL,
  response_id  INTEGER NOT NULL,
  ord          INTEGER NOT NULL,
  value        REAL NOT NULL,
  text         TEXT,
  PRIMARY KEY (question_uid, round_id, value, response_id, ord)
) STRICT, WITHOUT ROWID;
