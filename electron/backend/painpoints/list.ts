/**
 * The ranked pain-point list: every touchpoint of a live journey that breaks a rule (or has
 * review work on it), with its reasons, survey evidence, reach, money at stake, causes,
 * actions and severity — one query per table, assembled here.
 */
import { painReasons, type PainRules } from '../../../shared/domain/map/painpoints';
import { type ActionStatus, rankBySeverity, reviewStatus } from '../../../shared/domain/painpoints/review';
import { LostCustomerInput, moneyAtStake, severity, severityParts } from '../../../shared/domain/painpoints/severity';
import type { Cause } from '../../../shared/domain/painpoints/taxonomy';
import type { Rating } from '../../../shared/domain/journey';
import type { PainPoint, PainPointDetail } from '../../../shared/ops/painpoints';
import type { Db } from '../db/open';
import { type Evidence, surveyEvidence } from './evidence';
import { assertTouchpoint, getReview, listActions, listCauses, listStories, painRules, versionedPainRules } from './repo';

interface TpRow {
  id: string;
  journey_id: string;
  journey_name: string;
  title: string;
  stage: string;
  lane: string;
  department_id: string | null;
  department_name: string | null;
  owner: string;
  quote: string;
  need: Rating;
  convenience: Rating;
  emotion: Rating;
  transfers: number;
}

const TP_SQL = `
  SELECT t.id, t.journey_id, j.name AS journey_name, t.title, s.name AS stage, l.name AS lane,
         l.department_id, d.name AS department_name, t.owner, t.quote, t.need, t.convenience, t.emotion, t.transfers
  FROM touchpoints t
  JOIN journeys j ON j.id = t.journey_id AND j.deleted_at IS NULL
  JOIN stages s ON s.id = t.stage_id
  JOIN lanes l ON l.id = t.lane_id
  LEFT JOIN departments d ON d.id = l.department_id`;

const today = () => new Date().toISOString().slice(0, 10);

function build(
  t: TpRow,
  rules: PainRules,
  evidence: Evidence | undefined,
  review: { customersPerYear: number | null; lostCustomer: LostCustomerInput | null } | undefined,
  causes: Cause[],
  stories: number,
  actions: { status: ActionStatus; due: string | null; updated_at?: string; updatedAt?: string }[],
): PainPoint {
  const survey = evidence ? { mean: evidence.mean, top2: evidence.top2 } : undefined;
  const money = moneyAtStake(review?.lostCustomer ?? null);
  const customersPerYear = review?.customersPerYear ?? null;
  const d = today();
  const open = actions.filter((a) => a.status === 'planned' || a.status === 'in-progress');
  const input = {
    ...t,
    survey: evidence?.mean != null ? { mean: evidence.mean, min: evidence.scale.min, max: evidence.scale.max } : null,
    customersPerYear,
    moneyAtStake: money,
  };
  return {
    touchpointId: t.id,
    journeyId: t.journey_id,
    journeyName: t.journey_name,
    title: t.title,
    stage: t.stage,
    lane: t.lane,
    departmentId: t.department_id,
    departmentName: t.department_name,
    owner: t.owner,
    quote: t.quote,
    need: t.need,
    convenience: t.convenience,
    emotion: t.emotion,
    transfers: t.transfers,
    reasons: painReasons(t, rules, survey),
    survey: evidence ?? null,
    customersPerYear,
    moneyAtStake: money,
    severity: severity(input),
    severityParts: severityParts(input),
    causes: [...new Set(causes)],
    stories,
    actions: {
      total: actions.length,
      open: open.length,
      done: actions.filter((a) => a.status === 'done').length,
      overdue: open.filter((a) => a.due !== null && a.due < d).length,
      doneAt: actions.filter((a) => a.status === 'done').map((a) => a.updated_at ?? a.updatedAt ?? ''),
    },
    status: reviewStatus(actions),
  };
}

function groupBy<T extends { touchpoint_id: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.touchpoint_id);
    if (list) list.push(r);
    else m.set(r.touchpoint_id, [r]);
  }
  return m;
}

export function listPainPoints(db: Db): { rules: PainRules & { version: number }; points: PainPoint[] } {
  const rules = versionedPainRules(db);
  const evidence = surveyEvidence(db);
  const reviews = new Map(
    (db.prepare('SELECT touchpoint_id, customers_per_year, lost_customer FROM pain_reviews').all() as { touchpoint_id: string; customers_per_year: number | null; lost_customer: string | null }[]).map((r) => {
      const lc = r.lost_customer ? LostCustomerInput.safeParse(JSON.parse(r.lost_customer)) : null;
      return [r.touchpoint_id, { customersPerYear: r.customers_per_year, lostCustomer: lc?.success ? lc.data : null }];
    }),
  );
  const causes = groupBy(db.prepare('SELECT touchpoint_id, cause FROM pain_causes').all() as { touchpoint_id: string; cause: Cause }[]);
  const stories = groupBy(db.prepare('SELECT touchpoint_id FROM customer_stories').all() as { touchpoint_id: string }[]);
  const actions = groupBy(db.prepare('SELECT touchpoint_id, status, due, updated_at FROM improvement_actions').all() as { touchpoint_id: string; status: ActionStatus; due: string | null; updated_at: string }[]);
  const points: PainPoint[] = [];
  for (const t of db.prepare(TP_SQL).all() as TpRow[]) {
    const p = build(t, rules, evidence.get(t.id), reviews.get(t.id), (causes.get(t.id) ?? []).map((c) => c.cause), stories.get(t.id)?.length ?? 0, actions.get(t.id) ?? []);
    const hasWork = reviews.has(t.id) || causes.has(t.id) || stories.has(t.id) || actions.has(t.id);
    if (p.reasons.length > 0 || hasWork) points.push(p);
  }
  return { rules, points: rankBySeverity(points) };
}

export function painPointDetail(db: Db, touchpointId: string): PainPointDetail {
  assertTouchpoint(db, touchpointId);
  const t = db.prepare(`${TP_SQL} WHERE t.id = ?`).get(touchpointId) as TpRow;
  const rules = painRules(db);
  const review = getReview(db, touchpointId);
  const causes = listCauses(db, touchpointId);
  const stories = listStories(db, touchpointId);
  const actions = listActions(db, touchpointId);
  const point = build(t, rules, surveyEvidence(db).get(touchpointId), review, causes.map((c) => c.cause), stories.length, actions);
  return { point, flagged: point.reasons.length > 0, causes, stories, actions, lostCustomer: review.lostCustomer, reviewVersion: review.version };
}
