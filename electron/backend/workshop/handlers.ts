/**
 * Handlers for the workshop operations: the facilitator's side of a live session.
 */
import { appError } from '../../../shared/messages/appError';
import type { TouchpointChoice } from '../../../shared/domain/workshop/types';
import type { HandlersOf } from '../../../shared/ops/op';
import type { OpenTarget, workshopOps } from '../../../shared/ops/workshop';
import type { Db } from '../db/open';
import { journeyVersion } from '../journeys/apply-changes';
import { getJourney } from '../journeys/repo';
import { applyMedians, saveRound } from './apply';
import type { WorkshopHost } from './host';
import { listAddresses } from './interfaces';
import { getSession, insertSession, runningSessionOf, updateSession } from './repo';
import { sessionResults } from './results';

/** Touchpoint ids of the journey a choice names, in map order. */
export function chooseTouchpoints(db: Db, journeyId: string, choice: TouchpointChoice | OpenTarget): string[] {
  const j = getJourney(db, journeyId);
  const stageOrder = new Map(j.stages.map((s, i) => [s.id, i]));
  const ordered = [...j.touchpoints].sort((a, b) => stageOrder.get(a.stageId)! - stageOrder.get(b.stageId)! || a.position - b.position);
  switch (choice.kind) {
    case 'all':
      return ordered.map((t) => t.id);
    case 'none':
      return [];
    case 'stage':
      if (!stageOrder.has(choice.stageId)) throw appError('not_found', 'workshop.no_stage', { id: choice.stageId });
      return ordered.filter((t) => t.stageId === choice.stageId).map((t) => t.id);
    default: {
      const ids = choice.kind === 'selection' ? choice.ids : choice.ids;
      const wanted = new Set(ids);
      return ordered.filter((t) => wanted.has(t.id)).map((t) => t.id);
    }
  }
}

export function workshopHandlers(host: WorkshopHost): HandlersOf<typeof workshopOps> {
  const running = (sessionId: string) => {
    const s = getSession(host.db(), sessionId);
    if (s.state !== 'running') throw appError('conflict', 'workshop.closed', { id: sessionId });
    return s;
  };
  /** Pacing changes reach the phones at once. */
  const paced = (sessionId: string) => {
    host.bump(sessionId, true);
    return host.view(sessionId);
  };
  return {
    'workshop.interfaces': () => listAddresses(),
    'workshop.start': async (input) => {
      const db = host.db();
      const touchpoints = chooseTouchpoints(db, input.journeyId, input.touchpoints);
      if (touchpoints.length === 0) throw appError('validation', 'workshop.no_touchpoints');
      const s = insertSession(db, input.journeyId, { touchpoints, measures: input.measures, askDepartment: input.askDepartment, maxParticipants: input.maxParticipants });
      try {
        return await host.listen(s.id, input.host, input.port);
      } catch (e) {
        updateSession(db, s.id, { state: 'closed' });
        throw e;
      }
    },
    'workshop.current': ({ journeyId }) => {
      const s = runningSessionOf(host.db(), journeyId);
      return s ? host.view(s.id, s) : null;
    },
    'workshop.resume': ({ sessionId, host: address, port }) => {
      running(sessionId);
      return host.listen(sessionId, address, port);
    },
    'workshop.open': ({ sessionId, target }) => {
      const s = running(sessionId);
      const inSession = new Set(s.config.touchpoints);
      const open = chooseTouchpoints(host.db(), s.journeyId, target).filter((id) => inSession.has(id));
      updateSession(host.db(), sessionId, { open });
      return paced(sessionId);
    },
    'workshop.lock': ({ sessionId, touchpointId, locked }) => {
      const s = running(sessionId);
      const next = new Set(s.locked);
      if (locked) next.add(touchpointId);
      else next.delete(touchpointId);
      updateSession(host.db(), sessionId, { locked: [...next] });
      return paced(sessionId);
    },
    'workshop.reveal': ({ sessionId, revealed }) => {
      getSession(host.db(), sessionId);
      updateSession(host.db(), sessionId, { revealed });
      return paced(sessionId);
    },
    'workshop.status': ({ sessionId, since, waitMs }) => host.waitView(sessionId, since, waitMs),
    'workshop.results': ({ sessionId, privacyMin }) => {
      const s = getSession(host.db(), sessionId);
      if (!s.revealed) throw appError('workshop_hidden', 'error.workshop_hidden', { id: sessionId });
      return sessionResults(host.db(), s, privacyMin);
    },
    'workshop.apply': ({ sessionId, touchpointIds, baseVersion, writeMap }) => {
      const db = host.db();
      return db.transaction(() => {
        const s = getSession(db, sessionId);
        if (!s.revealed) throw appError('workshop_hidden', 'error.workshop_hidden', { id: sessionId });
        const { version, applied } = writeMap ? applyMedians(db, s, touchpointIds, baseVersion) : { version: journeyVersion(db, s.journeyId).version, applied: 0 };
        const { surveyId, roundId } = saveRound(db, getSession(db, sessionId));
        return { journeyId: s.journeyId, version, applied, surveyId, roundId };
      })();
    },
    'workshop.close': async ({ sessionId }) => {
      getSession(host.db(), sessionId);
      await host.stop(sessionId);
      updateSession(host.db(), sessionId, { state: 'closed' });
      return host.view(sessionId);
    },
  };
}
