/**
 * Votes arriving together are written together: every vote request read in one turn of the
 * event loop joins a batch, the batch is written in one transaction, and each request is
 * acknowledged only once that transaction is on disk (durable.ts: the sync runs on the thread
 * pool, so the server keeps reading the next taps while the disk works). A full room then costs
 * one commit per turn instead of one per tap, and the facilitator's view moves once per batch.
 * Whether an item is open or locked is decided at write time, against the session as it is
 * then: a lock that lands before the write refuses the votes it has not yet taken.
 */
import type { Measure, VoteInput } from '../../../shared/domain/workshop/types';
import type { Db } from '../db/open';
import { commitUnsynced, syncFile, walOf } from './durable';
import { getSession, writeVotes } from './repo';

export interface VoteOutcome {
  accepted: number;
  refused: { touchpointId: string; measure: Measure; reason: 'locked' | 'closed' }[];
}

export interface WrittenVote {
  participantId: string;
  touchpointId: string;
  measure: Measure;
}

interface Pending {
  participantId: string;
  votes: VoteInput[];
  done(outcome: VoteOutcome): void;
  fail(error: unknown): void;
}

export interface VoteBatcher {
  /** Resolves once the accepted votes are committed (or refused, with the reason). */
  submit(participantId: string, votes: VoteInput[]): Promise<VoteOutcome>;
}

interface Committed {
  acks: { pending: Pending; outcome: VoteOutcome }[];
  written: WrittenVote[];
}

export function voteBatcher(db: () => Db, sessionId: string, written: (votes: WrittenVote[]) => void): VoteBatcher {
  let queue: Pending[] = [];
  let scheduled = false;
  let syncing = false;

  /** One batch at a time: what arrives while the disk syncs is written together after it (group commit). */
  const schedule = () => {
    if (scheduled || syncing || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    let wal: string | null;
    const done: Committed = { acks: [], written: [] };
    try {
      const conn = db();
      wal = walOf(conn);
      commitEach(conn, wal, batch, done);
    } catch (e) {
      for (const p of batch) p.fail(e);
      return schedule();
    }
    // What synchronous=FULL does at each commit, done by the thread pool: the votes are
    // acknowledged (and counted) only once the log holding them is on disk.
    syncing = true;
    syncFile(wal)
      .then(
        () => {
          if (done.written.length > 0) written(done.written);
          for (const a of done.acks) a.pending.done(a.outcome);
        },
        (e: unknown) => {
          for (const a of done.acks) a.pending.fail(e);
        },
      )
      .finally(() => {
        syncing = false;
        schedule();
      });
  }

  /** The batch in one transaction; should that fail, each request on its own, so one cannot sink the others. */
  function commitEach(conn: Db, wal: string | null, batch: Pending[], done: Committed): void {
    try {
      commit(conn, wal, batch, done);
    } catch (e) {
      if (batch.length === 1) return batch[0]!.fail(e);
      for (const p of batch) commitEach(conn, wal, [p], done);
    }
  }

  function commit(conn: Db, wal: string | null, batch: Pending[], done: Committed): void {
    const acks: Committed['acks'] = [];
    const accepted: WrittenVote[] = [];
    // The commit only writes; the sync that makes it durable follows, off the event loop.
    commitUnsynced(conn, wal, () => {
      const s = getSession(conn, sessionId);
      const open = new Set(s.open);
      const locked = new Set(s.locked);
      const rows: { participantId: string; vote: VoteInput }[] = [];
      for (const p of batch) {
        const outcome: VoteOutcome = { accepted: 0, refused: [] };
        for (const v of p.votes) {
          if (locked.has(v.touchpointId)) outcome.refused.push({ touchpointId: v.touchpointId, measure: v.measure, reason: 'locked' });
          else if (!open.has(v.touchpointId) || s.state !== 'running') outcome.refused.push({ touchpointId: v.touchpointId, measure: v.measure, reason: 'closed' });
          else {
            outcome.accepted++;
            rows.push({ participantId: p.participantId, vote: v });
            accepted.push({ participantId: p.participantId, touchpointId: v.touchpointId, measure: v.measure });
          }
        }
        acks.push({ pending: p, outcome });
      }
      writeVotes(conn, sessionId, rows);
    });
    done.acks.push(...acks);
    done.written.push(...accepted);
  }

  return {
    submit(participantId, votes) {
      return new Promise((done, fail) => {
        queue.push({ participantId, votes, done, fail });
        schedule();
      });
    },
  };
}
