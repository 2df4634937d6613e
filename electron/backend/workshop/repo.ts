/**
 * Workshop sessions, participants and votes in the workspace. Every vote is written as it
 * arrives (with those arriving at the same moment, in one small transaction) and acknowledged
 * only after, so a crash loses nothing that was acknowledged.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { appError } from '../../../shared/messages/appError';
import { type Measure, SessionConfig, type VoteInput } from '../../../shared/domain/workshop/types';
import { newId, now } from '../db/ids';
import type { Db } from '../db/open';

export interface SessionRow {
  id: string;
  journeyId: string;
  token: string;
  code: string;
  state: 'running' | 'closed';
  config: SessionConfig;
  open: string[];
  locked: string[];
  revealed: boolean;
  host: string | null;
  port: number | null;
  roundId: string | null;
  createdAt: string;
}

interface Raw {
  id: string;
  journey_id: string;
  token: string;
  code: string;
  state: 'running' | 'closed';
  config: string;
  open_items: string;
  locked: string;
  revealed: number;
  host: string | null;
  port: number | null;
  round_id: string | null;
  created_at: string;
}

const toSession = (r: Raw): SessionRow => ({
  id: r.id,
  journeyId: r.journey_id,
  token: r.token,
  code: r.code,
  state: r.state,
  config: SessionConfig.parse(JSON.parse(r.config)),
  open: JSON.parse(r.open_items) as string[],
  locked: JSON.parse(r.locked) as string[],
  revealed: r.revealed === 1,
  host: r.host,
  port: r.port,
  roundId: r.round_id,
  createdAt: r.created_at,
});

/** 128 random bits, URL-safe: the participant link's secret. */
export const newToken = (): string => randomBytes(16).toString('base64url');
/** Six digits for phones that cannot scan: together with the address it finds the session. */
export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

export function insertSession(db: Db, journeyId: string, config: SessionConfig): SessionRow {
  const id = newId();
  db.prepare(
    "INSERT INTO workshop_sessions (id, journey_id, token, code, state, config, open_items, created_at) VALUES (?, ?, ?, ?, 'running', ?, '[]', ?)",
  ).run(id, journeyId, newToken(), newCode(), JSON.stringify(config), now());
  return getSession(db, id);
}

export function getSession(db: Db, id: string): SessionRow {
  const row = db.prepare('SELECT * FROM workshop_sessions WHERE id = ?').get(id) as Raw | undefined;
  if (!row) throw appError('not_found', 'workshop.not_found', { id });
  return toSession(row);
}

export function runningSessionOf(db: Db, journeyId: string): SessionRow | null {
  const row = db.prepare("SELECT * FROM workshop_sessions WHERE journey_id = ? AND state = 'running' ORDER BY created_at DESC LIMIT 1").get(journeyId) as
    | Raw
    | undefined;
  return row ? toSession(row) : null;
}

export function latestSessionOf(db: Db, journeyId: string): SessionRow | null {
  const row = db.prepare('SELECT * FROM workshop_sessions WHERE journey_id = ? ORDER BY created_at DESC LIMIT 1').get(journeyId) as Raw | undefined;
  return row ? toSession(row) : null;
}

type Patch = Partial<{ open: string[]; locked: string[]; revealed: boolean; state: 'running' | 'closed'; host: string; port: number; roundId: string }>;

export function updateSession(db: Db, id: string, p: Patch): SessionRow {
  const cur = getSession(db, id);
  db.prepare(
    'UPDATE workshop_sessions SET open_items = ?, locked = ?, revealed = ?, state = ?, host = ?, port = ?, round_id = ?, closed_at = ? WHERE id = ?',
  ).run(
    JSON.stringify(p.open ?? cur.open),
    JSON.stringify(p.locked ?? cur.locked),
    (p.revealed ?? cur.revealed) ? 1 : 0,
    p.state ?? cur.state,
    p.host ?? cur.host,
    p.port ?? cur.port,
    p.roundId ?? cur.roundId,
    p.state === 'closed' ? now() : null,
    id,
  );
  return getSession(db, id);
}

export function participantCount(db: Db, sessionId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM workshop_participants WHERE session_id = ?').get(sessionId) as { n: number }).n;
}

export function insertParticipant(db: Db, sessionId: string, nickname: string, department: string): string {
  const id = randomBytes(16).toString('base64url');
  db.prepare('INSERT INTO workshop_participants (id, session_id, nickname, department, joined_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    sessionId,
    nickname,
    department,
    now(),
  );
  return id;
}

export function participantExists(db: Db, sessionId: string, participantId: string): boolean {
  return db.prepare('SELECT 1 FROM workshop_participants WHERE id = ? AND session_id = ?').get(participantId, sessionId) !== undefined;
}

/** Writes (or replaces) votes; the caller holds the transaction. */
export function writeVotes(db: Db, sessionId: string, rows: readonly { participantId: string; vote: VoteInput }[]): void {
  const stmt = db.prepare(
    `INSERT INTO workshop_votes (session_id, participant_id, touchpoint_id, measure, value, text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, participant_id, touchpoint_id, measure) DO UPDATE SET value = excluded.value, text = excluded.text, updated_at = excluded.updated_at`,
  );
  const at = now();
  for (const { participantId, vote: v } of rows) stmt.run(sessionId, participantId, v.touchpointId, v.measure, v.value, v.text, at);
}

/** Writes (or replaces) one participant's votes in one transaction. */
export function upsertVotes(db: Db, sessionId: string, participantId: string, votes: readonly VoteInput[]): void {
  db.transaction(() => writeVotes(db, sessionId, votes.map((vote) => ({ participantId, vote }))))();
}

export interface StoredVote {
  participantId: string;
  department: string;
  touchpointId: string;
  measure: Measure;
  value: number | null;
  text: string | null;
}

export function listVotes(db: Db, sessionId: string): StoredVote[] {
  return db
    .prepare(
      `SELECT v.participant_id AS participantId, p.department AS department, v.touchpoint_id AS touchpointId, v.measure, v.value, v.text
       FROM workshop_votes v JOIN workshop_participants p ON p.id = v.participant_id
       WHERE v.session_id = ? ORDER BY p.joined_at, v.participant_id`,
    )
    .all(sessionId) as StoredVote[];
}

export function votesOf(db: Db, sessionId: string, participantId: string): { touchpointId: string; measure: Measure; value: number | null; text: string | null }[] {
  return db
    .prepare('SELECT touchpoint_id AS touchpointId, measure, value, text FROM workshop_votes WHERE session_id = ? AND participant_id = ?')
    .all(sessionId, participantId) as { touchpointId: string; measure: Measure; value: number | null; text: string | null }[];
}

/** Answers stored in a session (one per participant, touchpoint and measure). */
export function voteCount(db: Db, sessionId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM workshop_votes WHERE session_id = ?').get(sessionId) as { n: number }).n;
}

/** Participants who answered at least one measure, per touchpoint. */
export function answeredCounts(db: Db, sessionId: string): Record<string, number> {
  const rows = db
    .prepare('SELECT touchpoint_id AS id, count(DISTINCT participant_id) AS n FROM workshop_votes WHERE session_id = ? GROUP BY touchpoint_id')
    .all(sessionId) as { id: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}
