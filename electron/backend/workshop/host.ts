/**
 * The sessions served by this process: each running session has its own participant
 * server, bound to one address only while it runs, and a change counter the facilitator's
 * view waits on (a vote reaches the projector in milliseconds without polling).
 */
import QRCode from 'qrcode';
import { appError } from '../../../shared/messages/appError';
import { MEASURES, type Measure } from '../../../shared/domain/workshop/types';
import type { SessionView } from '../../../shared/ops/workshop';
import type { Db } from '../db/open';
import type { WorkspaceSession } from '../workspace/session';
import { chooseHost } from './interfaces';
import type { Limits } from './limits';
import { participantApi } from './participant-api';
import { answeredCounts, getSession, listVotes, participantCount, type SessionRow, updateSession, voteCount } from './repo';
import { type ParticipantServer, startParticipantServer } from './server';

interface Live {
  server: ParticipantServer;
  workspace: string;
  qrSvg: string;
  seq: number;
  waiters: Set<() => void>;
  /** Live counters, read from the workspace once and then kept current by the events. */
  joined: number;
  /** Per touchpoint: who answered, and which measures (one bit each). */
  answered: Map<string, Map<string, number>>;
  votes: number;
}

const BIT = new Map(MEASURES.map((m, i) => [m, 1 << i]));

/** Counts an answer once per participant, touchpoint and measure; true when it is new. */
function count(answered: Live['answered'], participantId: string, touchpointId: string, measure: Measure): boolean {
  const who = answered.get(touchpointId) ?? answered.set(touchpointId, new Map()).get(touchpointId)!;
  const had = who.get(participantId) ?? 0;
  const bit = BIT.get(measure)!;
  if (had & bit) return false;
  who.set(participantId, had | bit);
  return true;
}

export interface WorkshopHostOptions {
  /** Folder of the built participant page (index.html and assets/). */
  participantDir: string;
  limits?: Partial<Limits>;
}

export class WorkshopHost {
  private readonly live = new Map<string, Live>();

  constructor(
    private readonly session: WorkspaceSession,
    private readonly options: WorkshopHostOptions,
  ) {}

  db(): Db {
    return this.session.requireDb();
  }

  /** Starts (or restarts after an app restart) the participant server of a running session. */
  async listen(sessionId: string, host?: string, port?: number): Promise<SessionView> {
    const db = this.db();
    const row = getSession(db, sessionId);
    if (row.state !== 'running') throw appError('conflict', 'workshop.closed', { id: sessionId });
    await this.stop(sessionId);
    const workspace = this.session.currentPath()!;
    const bind = chooseHost(host ?? row.host ?? undefined);
    const dbOf = () => {
      if (this.session.currentPath() !== workspace) throw appError('not_found', 'workshop.ended');
      return this.db();
    };
    const api = participantApi(dbOf, sessionId, (e) => {
      const l = this.live.get(sessionId);
      if (!l) return;
      if (e.kind === 'join') l.joined++;
      else for (const v of e.votes) if (count(l.answered, v.participantId, v.touchpointId, v.measure)) l.votes++;
      this.bump(sessionId);
    });
    let server: ParticipantServer;
    try {
      server = await startParticipantServer({ host: bind, port: port ?? (host === undefined ? (row.port ?? 0) : 0), participantDir: this.options.participantDir, api, limits: this.options.limits });
    } catch (e) {
      if (port === undefined && row.port) server = await startParticipantServer({ host: bind, port: 0, participantDir: this.options.participantDir, api, limits: this.options.limits });
      else throw appError('workshop_address', 'error.workshop_address', { host: bind, message: (e as Error).message });
    }
    const qrSvg = await QRCode.toString(server.participantUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    const answered: Live['answered'] = new Map();
    let votes = 0;
    for (const v of listVotes(db, sessionId)) if (count(answered, v.participantId, v.touchpointId, v.measure)) votes++;
    this.live.set(sessionId, { server, workspace, qrSvg, seq: 0, waiters: new Set(), joined: participantCount(db, sessionId), answered, votes });
    updateSession(db, sessionId, { host: server.host, port: server.port });
    return this.view(sessionId);
  }

  /** Something changed: wake the facilitator's view and, for pacing changes, every phone. */
  bump(sessionId: string, phones = false): void {
    const l = this.live.get(sessionId);
    if (!l) return;
    l.seq++;
    for (const w of l.waiters) w();
    l.waiters.clear();
    if (phones) l.server.notify();
  }

  isListening(sessionId: string): boolean {
    return this.live.has(sessionId);
  }

  view(sessionId: string, row: SessionRow = getSession(this.db(), sessionId)): SessionView {
    const l = this.live.get(sessionId);
    const db = this.db();
    return {
      id: row.id,
      journeyId: row.journeyId,
      state: row.state,
      listening: l !== undefined,
      participantUrl: l?.server.participantUrl ?? null,
      entryUrl: l ? `${l.server.origin}/` : null,
      code: row.code,
      qrSvg: l?.qrSvg ?? null,
      host: row.host,
      port: row.port,
      config: row.config,
      open: row.open,
      locked: row.locked,
      revealed: row.revealed,
      roundId: row.roundId,
      createdAt: row.createdAt,
      seq: l?.seq ?? 0,
      joined: l ? l.joined : participantCount(db, sessionId),
      answered: l ? Object.fromEntries([...l.answered].map(([t, who]) => [t, who.size])) : answeredCounts(db, sessionId),
      votes: l ? l.votes : voteCount(db, sessionId),
    };
  }

  /** The view once the counter has moved past `since` (or after `waitMs`). */
  async waitView(sessionId: string, since: number | undefined, waitMs: number): Promise<SessionView> {
    const l = this.live.get(sessionId);
    if (l && since !== undefined && l.seq <= since && waitMs > 0) {
      await new Promise<void>((done) => {
        const wake = () => {
          clearTimeout(timer);
          done();
        };
        const timer = setTimeout(() => {
          l.waiters.delete(wake);
          done();
        }, waitMs);
        l.waiters.add(wake);
      });
    }
    return this.view(sessionId);
  }

  async stop(sessionId: string): Promise<void> {
    const l = this.live.get(sessionId);
    if (!l) return;
    this.live.delete(sessionId);
    for (const w of l.waiters) w();
    await l.server.close();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.live.keys()].map((id) => this.stop(id)));
  }
}
