-- Workspace schema, version 5: which way is better, and ranking questions.
--  * questions.direction: 'higher-better' | 'lower-better' | 'neutral'. Existing questions get
--    the default of shared/domain/survey/direction.ts (ja_default_direction, registered by
--    the migration runner): transfer counts, waiting time, effort… are lower-better.
--  * questions.type may be 'rank' (1 = first choice): mean rank and share ranked first.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt. Nothing
-- references questions by foreign key (answers hold its row id), and row ids are kept.

CREATE TABLE questions_new (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE,
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  position     REAL NOT NULL,
  code         TEXT,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('likert', 'nps', 'single', 'multiple', 'number', 'text', 'rank')),
  scale_min    INTEGER,
  scale_max    INTEGER,
  labels       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(labels)),
  group_name   TEXT NOT NULL DEFAULT '',
  link_kind    TEXT CHECK (link_kind IN ('touchpoint', 'journey', 'department', 'grouping')),
  link_id      TEXT,
  link_factor  TEXT CHECK (link_factor IN ('need', 'convenience', 'emotion')),
  grouping     TEXT,
  direction    TEXT NOT NULL DEFAULT 'higher-better' CHECK (direction IN ('higher-better', 'lower-better', 'neutral'))
) STRICT;

INSERT INTO questions_new (id, uid, survey_id, position, code, text, type, scale_min, scale_max, labels, group_name, link_kind, link_id, link_factor, grouping, direction)
SELECT id, uid, survey_id, position, code, text, type, scale_min, scale_max, labels, group_name, link_kind, link_id, link_factor, grouping,
       ja_default_direction(text, type)
FROM questions;

DROP TABLE questions;
ALTER TABLE questions_new RENAME TO questions;
CREATE INDEX questions_survey ON questions (survey_id, position);
CREATE INDEX questions_link ON questions (link_kind, link_id);
