/**
 * What a phone may do in one session: join, read the open items, vote. Each call checks the
 * session's state in the workspace, and every accepted vote is written before it is acknowledged
 * (votes arriving together share one transaction: vote-batch.ts).
 */
import { z } from 'zod';
import { appError } from '../../../shared/messages/appError';
import { toErrorIssue } from '../../../shared/messages/issues';
import { VoteInput, voteFits } from '../../../shared/domain/workshop/types';
import type { Db } from '../db/open';
import { getJourney } from '../journeys/repo';
import { listDepartments } from '../departments/repo';
import { getSession, insertParticipant, participantCount, participantExists, votesOf } from './repo';
import { commitDurably } from './durable';
import { voteBatcher, type WrittenVote } from './vote-batch';
import type { ParticipantApi } from './server';

const Join = z.object({ nickname: z.string().trim().max(40).default(''), department: z.string().trim().max(100).default('') }).strict();
const Votes = z.object({ votes: z.array(VoteInput).min(1).max(200) }).strict();

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body);
  if (!r.success) throw appError('validation', 'workshop.bad_request', {}, r.error.issues.map(toErrorIssue));
  return r.data;
}

/** What changed, so the facilitator's counters can follow without a query. */
export type ParticipantEvent = { kind: 'join' } | { kind: 'votes'; votes: WrittenVote[] };

export function participantApi(db: () => Db, sessionId: string, onChange: (e: ParticipantEvent) => void): ParticipantApi {
  const first = getSession(db(), sessionId);
  const batcher = voteBatcher(db, sessionId, (votes) => onChange({ kind: 'votes', votes }));
  /** Participants already found in the workspace (they are never removed from a session). */
  const known = new Set<string>();
  const requireParticipant = (id: string) => {
    if (known.has(id)) return;
    if (!id || !participantExists(db(), sessionId, id)) throw appError('unauthorized', 'workshop.join_first');
    known.add(id);
  };
  return {
    token: first.token,
    code: first.code,
    info() {
      const s = getSession(db(), sessionId);
      return {
        journey: getJourney(db(), s.journeyId).name,
        state: s.state,
        askDepartment: s.config.askDepartment,
        departments: s.config.askDepartment ? listDepartments(db()).map((d) => d.name) : [],
      };
    },
    async join(body) {
      const input = parse(Join, body);
      const conn = db();
      const participantId = await commitDurably(conn, () => {
        const s = getSession(conn, sessionId);
        if (s.state !== 'running') throw appError('not_found', 'workshop.ended');
        if (participantCount(conn, sessionId) >= s.config.maxParticipants) {
          throw appError('workshop_full', 'error.workshop_full', { max: s.config.maxParticipants });
        }
        return insertParticipant(conn, sessionId, input.nickname, s.config.askDepartment ? input.department : '');
      });
      known.add(participantId);
      onChange({ kind: 'join' });
      return { participantId };
    },
    items(participantId) {
      requireParticipant(participantId);
      const s = getSession(db(), sessionId);
      const journey = getJourney(db(), s.journeyId);
      const stages = new Map(journey.stages.map((st) => [st.id, st.name]));
      const open = new Set(s.open);
      const byId = new Map(journey.touchpoints.map((t) => [t.id, t]));
      return {
        journey: journey.name,
        state: s.state,
        measures: s.config.measures,
        // In the session's order (stage by stage, as on the map).
        items: s.config.touchpoints
          .filter((id) => open.has(id) && byId.has(id))
          .map((id) => byId.get(id)!)
          .map((t) => ({ id: t.id, title: t.title, stage: stages.get(t.stageId) ?? '', description: t.description, locked: s.locked.includes(t.id) })),
        votes: votesOf(db(), sessionId, participantId),
      };
    },
    vote(participantId, body) {
      requireParticipant(participantId);
      const { votes } = parse(Votes, body);
      const { measures } = first.config; // fixed when the session starts
      for (const v of votes) {
        if (!voteFits(v) || !measures.includes(v.measure)) throw appError('validation', 'workshop.vote_misfit', { touchpoint: v.touchpointId, measure: v.measure });
      }
      return batcher.submit(participantId, votes);
    },
  };
}
