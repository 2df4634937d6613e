-- Workspace schema, version 3: what comparisons need.
--  * rounds.data_version counts writes to a round's answers; cached aggregates are valid only
--    for the version they were computed from.
--  * analysis_cache holds a round's histograms (per question, per composite, per breakdown
--    group) so a comparison of two large rounds reads kilobytes instead of millions of rows.
--  * journey_snapshots are named, frozen copies of a journey map ("baseline 2026-03").

ALTER TABLE rounds ADD COLUMN data_version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE analysis_cache (
  round_id     INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  key          TEXT NOT NULL,
  data_version INTEGER NOT NULL,
  data         TEXT NOT NULL CHECK (json_valid(data)),
  PRIMARY KEY (round_id, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE journey_snapshots (
  id         TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- the whole journey (stages, lanes, touchpoints, flows) as the map JSON of that moment
  data       TEXT NOT NULL CHECK (json_valid(data)),
  UNIQUE (journey_id, name)
) STRICT;
