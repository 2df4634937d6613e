-- Workspace schema: live workshop sessions, their participants and every vote as it arrives.
-- A vote is keyed by (session, participant, touchpoint, measure): sending it again replaces it.

CREATE TABLE workshop_sessions (
  id          TEXT PRIMARY KEY,
  journey_id  TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  -- the participant link's secret (≥ 128 random bits) and the short room code
  token       TEXT NOT NULL UNIQUE,
  code        TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('running', 'closed')),
  -- { touchpoints: [id…], measures: [...], askDepartment: bool }
  config      TEXT NOT NULL CHECK (json_valid(config)),
  open_items  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(open_items)),
  locked      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(locked)),
  revealed    INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
  -- the address the participant server was last bound to
  host        TEXT,
  port        INTEGER,
  round_id    TEXT,
  created_at  TEXT NOT NULL,
  closed_at   TEXT
) STRICT;
CREATE INDEX workshop_sessions_journey ON workshop_sessions (journey_id, state);

CREATE TABLE workshop_participants (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  nickname    TEXT NOT NULL DEFAULT '',
  department  TEXT NOT NULL DEFAULT '',
  joined_at   TEXT NOT NULL
) STRICT;
CREATE INDEX workshop_participants_session ON workshop_participants (session_id);

CREATE TABLE workshop_votes (
  session_id     TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES workshop_participants (id) ON DELETE CASCADE,
  touchpoint_id  TEXT NOT NULL,
  measure        TEXT NOT NULL CHECK (measure IN ('need', 'convenience', 'emotion', 'transfers', 'comment')),
  value          REAL,
  text           TEXT,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (session_id, participant_id, touchpoint_id, measure)
) STRICT, WITHOUT ROWID;
CREATE INDEX workshop_votes_item ON workshop_votes (session_id, touchpoint_id, measure);
