-- Workspace schema, version 9: answers kept beside the scored ones.
-- An import never refuses a file over an answer: a "don't know" (missing), a value the
-- mapping did not expect (unscored, kept as its text) and an implausible number left out of
-- means (outlier) are stored here, per response, so the summary can count and show them.
-- Few rows (not millions), so foreign keys remove them with their response or question.

CREATE TABLE answer_notes (
  round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('missing', 'unscored', 'outlier')),
  text        TEXT NOT NULL,
  PRIMARY KEY (round_id, question_id, kind, response_id, text)
) STRICT, WITHOUT ROWID;
CREATE INDEX answer_notes_response ON answer_notes (response_id);
