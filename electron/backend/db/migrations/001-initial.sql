-- Workspace schema, version 1: settings, departments and journey maps.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE departments (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  color    TEXT,
  position REAL NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE journeys (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  scene         TEXT NOT NULL DEFAULT 'other',
  persona       TEXT NOT NULL DEFAULT '',
  customer_tier TEXT CHECK (customer_tier IN ('diamond', 'gold', 'brass', 'lead')),
  description   TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT,
  version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX journeys_live ON journeys (deleted_at, updated_at);

CREATE TABLE stages (
  id         TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  color      TEXT,
  position   REAL NOT NULL
) STRICT;
CREATE INDEX stages_journey ON stages (journey_id, position);

CREATE TABLE lanes (
  id            TEXT PRIMARY KEY,
  journey_id    TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('department', 'customer', 'system', 'partner')),
  department_id TEXT REFERENCES departments (id) ON DELETE SET NULL,
  color         TEXT,
  position      REAL NOT NULL
) STRICT;
CREATE INDEX lanes_journey ON lanes (journey_id, position);

CREATE TABLE touchpoints (
  id          TEXT PRIMARY KEY,
  journey_id  TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  stage_id    TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
  lane_id     TEXT NOT NULL REFERENCES lanes (id) ON DELETE CASCADE,
  title       TEXT NOT NULL,
  channel     TEXT NOT NULL DEFAULT 'other',
  description TEXT NOT NULL DEFAULT '',
  quote       TEXT NOT NULL DEFAULT '',
  owner       TEXT NOT NULL DEFAULT '',
  need        INTEGER CHECK (need BETWEEN 1 AND 5),
  convenience INTEGER CHECK (convenience BETWEEN 1 AND 5),
  emotion     INTEGER CHECK (emotion BETWEEN 1 AND 5),
  transfers   INTEGER NOT NULL DEFAULT 0 CHECK (transfers >= 0),
  position    REAL NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX touchpoints_journey ON touchpoints (journey_id);
CREATE INDEX touchpoints_stage ON touchpoints (stage_id);
CREATE INDEX touchpoints_lane ON touchpoints (lane_id);

CREATE TABLE flows (
  id         TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  source_id  TEXT NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
  target_id  TEXT NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT '',
  CHECK (source_id <> target_id)
) STRICT;
CREATE INDEX flows_journey ON flows (journey_id);
CREATE INDEX flows_source ON flows (source_id);
CREATE INDEX flows_target ON flows (target_id);
