/**
 * Applies the room's results: the touchpoints' ratings (and transfer counts) become the
 * room's medians in one journey version, and every participant's votes are saved as a
 * response in a round of an internal survey, so they count in comparisons and reports.
 */
import { appliedValue } from '../../../shared/domain/workshop/results';
import type { Measure } from '../../../shared/domain/workshop/types';
import type { QuestionInput } from '../../../shared/domain/survey/types';
import type { MapChanges } from '../../../shared/domain/map/changes';
import type { Db } from '../db/open';
import { applyChanges, journeyVersion } from '../journeys/apply-changes';
import { getJourney } from '../journeys/repo';
import { addManualResponses } from '../surveys/manual-entry';
import { clearRoundRows, findSurveyByName, getRound, getSurvey, insertRound, insertSurvey, listQuestions, saveQuestions } from '../surveys/repo';
import { workspaceLang } from '../workspace/settings';
import { listVotes, type SessionRow, updateSession } from './repo';
import { sessionResults } from './results';

const WORDS = {
  en: { need: 'need', convenience: 'convenience', emotion: 'emotion', transfers: 'transfers', comment: 'comment', survey: 'Workshop', round: 'Live rating' },
  'zh-CN': { need: '需求', convenience: '便利', emotion: '情感', transfers: '转接次数', comment: '意见', survey: '工作坊', round: '现场评分' },
} as const;

/** The session's round, unless someone deleted it since. */
function findRound(db: Db, uid: string) {
  try {
    return getRound(db, uid);
  } catch {
    return null;
  }
}

const codeOf = (touchpointId: string, measure: Measure) => `workshop:${touchpointId}:${measure}`;

/** Sets ratings to the medians; returns the new journey version and how many touchpoints changed. */
export function applyMedians(db: Db, session: SessionRow, touchpointIds: string[] | null, baseVersion?: number): { version: number; applied: number } {
  const results = sessionResults(db, session, 1);
  const wanted = touchpointIds ? new Set(touchpointIds) : null;
  const journey = getJourney(db, session.journeyId);
  const byId = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const upsert = [];
  for (const item of results.items) {
    if (wanted && !wanted.has(item.touchpointId)) continue;
    const t = byId.get(item.touchpointId);
    if (!t) continue;
    const next = { ...t };
    for (const m of item.measures) {
      const v = appliedValue(m.median);
      if (m.n === 0 || v === null) continue;
      if (m.measure === 'transfers') next.transfers = v;
      else next[m.measure] = v;
    }
    upsert.push(next);
  }
  const changes: MapChanges = {
    stages: { upsert: [], delete: [] },
    lanes: { upsert: [], delete: [] },
    touchpoints: { upsert, delete: [] },
    flows: { upsert: [], delete: [] },
    stageOrder: null,
    laneOrder: null,
  };
  const base = baseVersion ?? journeyVersion(db, session.journeyId).version;
  return { version: applyChanges(db, session.journeyId, base, changes).version, applied: upsert.length };
}

/** Writes (or rewrites) the session's round: one response per participant who voted. */
export function saveRound(db: Db, session: SessionRow): { surveyId: string; roundId: string } {
  const w = WORDS[workspaceLang(db)];
  const journey = getJourney(db, session.journeyId);
  const day = session.createdAt.slice(0, 10);
  let round = session.roundId ? findRound(db, session.roundId) : null;
  if (!round) {
    const base = `${w.survey} — ${journey.name} — ${day}`;
    let name = base;
    for (let i = 2; findSurveyByName(db, name); i++) name = `${base} (${i})`;
    const surveyId = insertSurvey(db, { name, kind: 'internal', description: '' }, null);
    round = getRound(db, insertRound(db, surveyId, { label: `${w.round} ${day}`, phase: 'internal', fieldStart: day, fieldEnd: day, notes: '' }).id);
    updateSession(db, session.id, { roundId: round.id });
  }
  const titles = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
  const existing = new Map(listQuestions(db, round.surveyId).map((q) => [q.code, q.id]));
  const wanted: (QuestionInput & { id: string | null })[] = [];
  for (const tp of session.config.touchpoints) {
    if (!titles.has(tp)) continue;
    for (const m of session.config.measures) {
      const code = codeOf(tp, m);
      const rated = m === 'need' || m === 'convenience' || m === 'emotion';
      wanted.push({
        id: existing.get(code) ?? null,
        code,
        text: `${titles.get(tp)} — ${w[m]}`,
        type: rated ? 'likert' : m === 'transfers' ? 'number' : 'text',
        scaleMin: rated ? 1 : null,
        scaleMax: rated ? 5 : null,
        labels: [],
        group: titles.get(tp)!,
        link: { kind: 'touchpoint', id: tp, factor: rated ? m : null },
        // Transfers a participant went through: fewer is better, as on the map.
        direction: rated ? 'higher-better' : m === 'transfers' ? 'lower-better' : 'neutral',
      });
    }
  }
  // The workshop's own survey: its question list follows the session, so a question the session
  // no longer asks goes with its answers (they are rewritten from the votes just below).
  const current = getSurvey(db, round.surveyId);
  const { questions } = saveQuestions(db, round.surveyId, wanted, current.version, current.questions.map((q) => q.id));
  const qid = new Map(questions.map((q) => [q.code, q.id]));
  const byParticipant = new Map<string, { department: string; answers: Record<string, number | string> }>();
  for (const v of listVotes(db, session.id)) {
    const id = qid.get(codeOf(v.touchpointId, v.measure));
    if (!id) continue;
    const p = byParticipant.get(v.participantId) ?? { department: v.department, answers: {} };
    p.answers[id] = v.measure === 'comment' ? (v.text ?? '') : v.value!;
    byParticipant.set(v.participantId, p);
  }
  clearRoundRows(db, round.rowId);
  addManualResponses(
    db,
    round.id,
    [...byParticipant.values()].map((p) => ({ externalId: null, attributes: (p.department ? { department: p.department } : {}) as Record<string, string>, answers: p.answers })),
  );
  return { surveyId: round.surveyId, roundId: round.id };
}
