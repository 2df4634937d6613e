/**
 * A session's results from its stored votes: per touchpoint and measure.
 */
import { type DeptValue, measureResult } from '../../../shared/domain/workshop/results';
import { NUMERIC_MEASURES, type TouchpointResult } from '../../../shared/domain/workshop/types';
import type { WorkshopResults } from '../../../shared/ops/workshop';
import type { Db } from '../db/open';
import { getJourney } from '../journeys/repo';
import { listVotes, participantCount, type SessionRow } from './repo';

export function sessionResults(db: Db, session: SessionRow, privacyMin: number): WorkshopResults {
  const journey = getJourney(db, session.journeyId);
  const titles = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
  const byKey = new Map<string, DeptValue[]>();
  const comments = new Map<string, string[]>();
  for (const v of listVotes(db, session.id)) {
    if (v.measure === 'comment') {
      if (v.text?.trim()) comments.set(v.touchpointId, [...(comments.get(v.touchpointId) ?? []), v.text.trim()]);
    } else if (v.value !== null) {
      const key = `${v.touchpointId}|${v.measure}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { value: v.value, department: v.department }]);
    }
  }
  const measures = NUMERIC_MEASURES.filter((m) => session.config.measures.includes(m));
  const items: TouchpointResult[] = session.config.touchpoints
    .filter((id) => titles.has(id))
    .map((id) => ({
      touchpointId: id,
      title: titles.get(id)!,
      measures: measures.map((m) => measureResult(m, byKey.get(`${id}|${m}`) ?? [], privacyMin)),
      comments: comments.get(id) ?? [],
    }));
  return { sessionId: session.id, privacyMin, participants: participantCount(db, session.id), items };
}
