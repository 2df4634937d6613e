-- Workspace schema, version 2: surveys, questions, rounds, responses and answers.
-- Answers are stored long (response × question → value), clustered by round and question
-- so a round summary or a comparison is a range scan plus GROUP BY.

CREATE TABLE surveys (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
  description TEXT NOT NULL DEFAULT '',
  template    TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX surveys_name ON surveys (name) WHERE deleted_at IS NULL;

CREATE TABLE questions (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE,
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  position     REAL NOT NULL,
  code         TEXT,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('likert', 'nps', 'single', 'multiple', 'number', 'text')),
  -- Likert: scale bounds and labels [{ "value": 1, "zh-CN": "…", "en": "…" }]; choice: options [{ "value": 1, "label": "…" }]
  scale_min    INTEGER,
  scale_max    INTEGER,
  labels       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(labels)),
  group_name   TEXT NOT NULL DEFAULT '',
  link_kind    TEXT CHECK (link_kind IN ('touchpoint', 'journey', 'department', 'grouping')),
  link_id      TEXT,
  link_factor  TEXT CHECK (link_factor IN ('need', 'convenience', 'emotion')),
  grouping     TEXT
) STRICT;
CREATE INDEX questions_survey ON questions (survey_id, position);
CREATE INDEX questions_link ON questions (link_kind, link_id);

CREATE TABLE rounds (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  survey_id   TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  label       TEXT NOT NULL,
  phase       TEXT NOT NULL CHECK (phase IN ('internal', 'external')),
  field_start TEXT,
  field_end   TEXT,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  UNIQUE (survey_id, label)
) STRICT;

-- One row per imported file, so a re-import of the same bytes is recognised.
CREATE TABLE imports (
  id          TEXT PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  format      TEXT NOT NULL,
  encoding    TEXT,
  responses   INTEGER NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX imports_hash ON imports (round_id, sha256);

CREATE TABLE responses (
  id           INTEGER PRIMARY KEY,
  round_id     INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  import_id    TEXT REFERENCES imports (id) ON DELETE CASCADE,
  external_id  TEXT,
  submitted_at TEXT,
  duration_s   REAL
) STRICT;
CREATE INDEX responses_round ON responses (round_id);
CREATE INDEX responses_import ON responses (import_id);

-- Respondent attributes a report can break down by (department, customer tier, region…).
CREATE TABLE response_attributes (
  response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (response_id, name)
) STRICT, WITHOUT ROWID;
CREATE INDEX response_attributes_name ON response_attributes (name, value);

-- No foreign keys here: 3 M rows must insert at close to raw speed. Deleting a round or an
-- import deletes its answers explicitly (see surveys/rounds.ts).
CREATE TABLE answers (
  round_id    INTEGER NOT NULL,
  question_id INTEGER NOT NULL,
  response_id INTEGER NOT NULL,
  -- several rows for a multiple-choice answer, one per chosen option (ord 0, 1, …)
  ord         INTEGER NOT NULL DEFAULT 0,
  -- the scale point, option or number; 0 for a text answer, whose words are in `text`
  value       REAL NOT NULL,
  text        TEXT,
  -- value before response: a summary's GROUP BY question, value streams in key order
  PRIMARY KEY (round_id, question_id, value, response_id, ord)
) STRICT, WITHOUT ROWID;

-- Column mappings saved per survey, so the next round imports in one click.
CREATE TABLE import_mappings (
  survey_id  TEXT PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL
) STRICT;
