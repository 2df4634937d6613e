/**
 * Storage of pain-point reviews: reach and lost-customer cost, causes, customer stories and
 * improvement actions, all keyed by touchpoint; and the workspace's pain-point rules.
 */
import { DEFAULT_PAIN_RULES, type PainRules, PainRulesSchema } from '../../../shared/domain/map/painpoints';
import type { ActionStatus } from '../../../shared/domain/painpoints/review';
import { LostCustomerInput } from '../../../shared/domain/painpoints/severity';
import type { Cause } from '../../../shared/domain/painpoints/taxonomy';
import { appError } from '../../../shared/messages/appError';
import type { ImprovementAction } from '../../../shared/ops/painpoints';
import type { Db } from '../db/open';
import { newId, now } from '../db/ids';
import { assertVersion } from '../db/versions';
import { getSetting, setSetting, settingVersion } from '../workspace/settings';

export function painRules(db: Db): PainRules {
  const parsed = PainRulesSchema.safeParse(getSetting<unknown>(db, 'painRules', DEFAULT_PAIN_RULES));
  return parsed.success ? parsed.data : { ...DEFAULT_PAIN_RULES };
}

/** The rules with the version of their stored record (0 while the defaults stand). */
export const versionedPainRules = (db: Db): PainRules & { version: number } => ({ ...painRules(db), version: settingVersion(db, 'painRules') });

export function setPainRules(db: Db, rules: PainRules, baseVersion: number): PainRules & { version: number } {
  return db.transaction(() => {
    assertVersion('rules', 'painRules', settingVersion(db, 'painRules'), baseVersion);
    setSetting(db, 'painRules', rules);
    return versionedPainRules(db);
  })();
}

/** The touchpoint must exist in a journey that is not deleted. */
export function assertTouchpoint(db: Db, touchpointId: string): void {
  const ok = db.prepare('SELECT 1 FROM touchpoints t JOIN journeys j ON j.id = t.journey_id WHERE t.id = ? AND j.deleted_at IS NULL').get(touchpointId);
  if (!ok) throw appError('not_found', 'touchpoint.not_found', { id: touchpointId });
}

export interface ReviewRow {
  customersPerYear: number | null;
  lostCustomer: LostCustomerInput | null;
  /** 0 while the touchpoint has no review record. */
  version: number;
}

export function getReview(db: Db, touchpointId: string): ReviewRow {
  const r = db.prepare('SELECT customers_per_year, lost_customer, version FROM pain_reviews WHERE touchpoint_id = ?').get(touchpointId) as
    | { customers_per_year: number | null; lost_customer: string | null; version: number }
    | undefined;
  const lc = r?.lost_customer ? LostCustomerInput.safeParse(JSON.parse(r.lost_customer)) : null;
  return { customersPerYear: r?.customers_per_year ?? null, lostCustomer: lc?.success ? lc.data : null, version: r?.version ?? 0 };
}

export function setReach(db: Db, touchpointId: string, customersPerYear: number | null, lostCustomer: LostCustomerInput | null, baseVersion: number): void {
  assertTouchpoint(db, touchpointId);
  db.transaction(() => {
    assertVersion('review', touchpointId, getReview(db, touchpointId).version, baseVersion);
    db.prepare(
      `INSERT INTO pain_reviews (touchpoint_id, customers_per_year, lost_customer, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (touchpoint_id) DO UPDATE SET customers_per_year = excluded.customers_per_year, lost_customer = excluded.lost_customer,
         updated_at = excluded.updated_at, version = version + 1`,
    ).run(touchpointId, customersPerYear, lostCustomer ? JSON.stringify(lostCustomer) : null, now());
  })();
}

const RECORD_OF = { pain_causes: 'cause', customer_stories: 'story', improvement_actions: 'action' } as const;

/** Deletes a row of one of the review tables and returns the touchpoint it belonged to. */
export function deleteOwned(db: Db, table: 'pain_causes' | 'customer_stories' | 'improvement_actions', id: string, baseVersion: number): string {
  return db.transaction(() => deleteOwnedNow(db, table, id, baseVersion))();
}

function deleteOwnedNow(db: Db, table: keyof typeof RECORD_OF, id: string, baseVersion: number): string {
  const row = db.prepare(`SELECT touchpoint_id, version FROM ${table} WHERE id = ?`).get(id) as { touchpoint_id: string; version: number } | undefined;
  if (!row) throw appError('not_found', 'error.not_found', { id });
  // A card of a journey in the trash is read-only: its review records change with it restored.
  assertTouchpoint(db, row.touchpoint_id);
  assertVersion(RECORD_OF[table], id, row.version, baseVersion);
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  return row.touchpoint_id;
}

export function addCause(db: Db, touchpointId: string, cause: Cause, note: string): void {
  assertTouchpoint(db, touchpointId);
  db.prepare('INSERT INTO pain_causes (id, touchpoint_id, cause, note, created_at) VALUES (?, ?, ?, ?, ?)').run(newId(), touchpointId, cause, note, now());
}

export function addStory(db: Db, touchpointId: string, kind: 'story' | 'quote', text: string, source: string): void {
  assertTouchpoint(db, touchpointId);
  db.prepare('INSERT INTO customer_stories (id, touchpoint_id, kind, text, source, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(newId(), touchpointId, kind, text, source, now());
}

interface ActionRow {
  id: string;
  touchpoint_id: string;
  title: string;
  owner: string;
  due: string | null;
  status: ActionStatus;
  expected_effect: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const toAction = (r: ActionRow): ImprovementAction => ({
  id: r.id,
  touchpointId: r.touchpoint_id,
  title: r.title,
  owner: r.owner,
  due: r.due,
  status: r.status,
  expectedEffect: r.expected_effect,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export type ActionFields = Pick<ImprovementAction, 'title' | 'owner' | 'due' | 'status' | 'expectedEffect'>;

export function createAction(db: Db, touchpointId: string, a: ActionFields): void {
  assertTouchpoint(db, touchpointId);
  const at = now();
  db.prepare(
    'INSERT INTO improvement_actions (id, touchpoint_id, title, owner, due, status, expected_effect, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(newId(), touchpointId, a.title, a.owner, a.due, a.status, a.expectedEffect, at, at);
}

export function getAction(db: Db, id: string): ImprovementAction {
  const r = db.prepare('SELECT * FROM improvement_actions WHERE id = ?').get(id) as ActionRow | undefined;
  if (!r) throw appError('not_found', 'action.not_found', { id });
  return toAction(r);
}

export function updateAction(db: Db, id: string, patch: Partial<ActionFields>, baseVersion: number): string {
  return db.transaction(() => updateActionNow(db, id, patch, baseVersion))();
}

function updateActionNow(db: Db, id: string, patch: Partial<ActionFields>, baseVersion: number): string {
  const cur = getAction(db, id);
  assertTouchpoint(db, cur.touchpointId);
  assertVersion('action', id, cur.version, baseVersion, { title: cur.title, updatedAt: cur.updatedAt });
  const next = { ...cur, ...patch };
  db.prepare('UPDATE improvement_actions SET title = ?, owner = ?, due = ?, status = ?, expected_effect = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(
    next.title,
    next.owner,
    next.due,
    next.status,
    next.expectedEffect,
    now(),
    id,
  );
  return cur.touchpointId;
}

export function listActions(db: Db, touchpointId: string): ImprovementAction[] {
  return (db.prepare('SELECT * FROM improvement_actions WHERE touchpoint_id = ? ORDER BY created_at, id').all(touchpointId) as ActionRow[]).map(toAction);
}

export function listCauses(db: Db, touchpointId: string) {
  return (
    db.prepare('SELECT id, cause, note, created_at, version FROM pain_causes WHERE touchpoint_id = ? ORDER BY created_at, id').all(touchpointId) as {
      id: string;
      cause: Cause;
      note: string;
      created_at: string;
      version: number;
    }[]
  ).map((r) => ({ id: r.id, cause: r.cause, note: r.note, createdAt: r.created_at, version: r.version }));
}

export function listStories(db: Db, touchpointId: string) {
  return (
    db.prepare('SELECT id, kind, text, source, created_at, version FROM customer_stories WHERE touchpoint_id = ? ORDER BY created_at, id').all(touchpointId) as {
      id: string;
      kind: 'story' | 'quote';
      text: string;
      source: string;
      created_at: string;
      version: number;
    }[]
  ).map((r) => ({ id: r.id, kind: r.kind, text: r.text, source: r.source, createdAt: r.created_at, version: r.version }));
}

export function openActionsByTouchpoint(db: Db, journeyId: string): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT a.touchpoint_id, count(*) AS n FROM improvement_actions a JOIN touchpoints t ON t.id = a.touchpoint_id
       WHERE t.journey_id = ? AND a.status IN ('planned', 'in-progress') GROUP BY a.touchpoint_id`,
    )
    .all(journeyId) as { touchpoint_id: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.touchpoint_id, r.n]));
}
