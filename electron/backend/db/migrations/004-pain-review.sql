-- Workspace schema, version 4: reviewing pain points.
-- A touchpoint that breaks a pain-point rule gets causes, customer stories and improvement
-- actions; its reach (customers a year) and the cost of a lost customer feed the ranking.

CREATE TABLE pain_reviews (
  touchpoint_id      TEXT PRIMARY KEY REFERENCES touchpoints (id) ON DELETE CASCADE,
  customers_per_year REAL CHECK (customers_per_year >= 0),
  -- the cost-of-a-lost-customer calculator's inputs, or NULL
  lost_customer      TEXT CHECK (lost_customer IS NULL OR json_valid(lost_customer)),
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE pain_causes (
  id            TEXT PRIMARY KEY,
  touchpoint_id TEXT NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
  cause         TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX pain_causes_touchpoint ON pain_causes (touchpoint_id);

CREATE TABLE customer_stories (
  id            TEXT PRIMARY KEY,
  touchpoint_id TEXT NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('story', 'quote')),
  text          TEXT NOT NULL,
  source        TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX customer_stories_touchpoint ON customer_stories (touchpoint_id);

CREATE TABLE improvement_actions (
  id              TEXT PRIMARY KEY,
  touchpoint_id   TEXT NOT NULL REFERENCES touchpoints (id) ON DELETE CASCADE,
  title           TEXT NOT NULL,
  owner           TEXT NOT NULL DEFAULT '',
  due             TEXT,
  status          TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
  expected_effect TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX improvement_actions_touchpoint ON improvement_actions (touchpoint_id, status);
