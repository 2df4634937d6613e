/**
 * What the operation fuzz test reads straight from the workspace file: the ids it can pick
 * from, record versions, a fingerprint of the stored data, and the invariants that must hold
 * after any sequence of operations.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CAUSES } from '../../shared/domain/painpoints/taxonomy';
import type { IdKind } from './fuzz-inputs';

type Db = Database.Database;

const ID_QUERIES: Partial<Record<IdKind, string>> = {
  journey: 'SELECT id FROM journeys',
  stage: 'SELECT id FROM stages',
  lane: 'SELECT id FROM lanes',
  touchpoint: 'SELECT id FROM touchpoints',
  flow: 'SELECT id FROM flows',
  department: 'SELECT id FROM departments',
  survey: 'SELECT id FROM surveys',
  question: 'SELECT uid AS id FROM questions UNION ALL SELECT uid FROM removed_questions',
  round: 'SELECT uid AS id FROM rounds',
  cause: 'SELECT id FROM pain_causes',
  story: 'SELECT id FROM customer_stories',
  action: 'SELECT id FROM improvement_actions',
  snapshot: 'SELECT id FROM journey_snapshots',
  session: 'SELECT id FROM workshop_sessions',
};

/** The ids in the file now, by kind. */
export function liveIds(db: Db): Partial<Record<IdKind, string[]>> {
  const out: Partial<Record<IdKind, string[]>> = {};
  for (const [kind, sql] of Object.entries(ID_QUERIES)) {
    out[kind as IdKind] = (db.prepare(sql).pluck().all() as string[]).sort();
  }
  return out;
}

const VERSION_QUERIES = [
  'SELECT version FROM journeys WHERE id = ?',
  'SELECT version FROM surveys WHERE id = ?',
  'SELECT version FROM rounds WHERE uid = ?',
  'SELECT version FROM improvement_actions WHERE id = ?',
  'SELECT version FROM pain_causes WHERE id = ?',
  'SELECT version FROM customer_stories WHERE id = ?',
  'SELECT version FROM departments WHERE id = ?',
  "SELECT coalesce((SELECT version FROM pain_reviews WHERE touchpoint_id = t.id), 0) FROM touchpoints t WHERE t.id = ?",
  "SELECT coalesce((SELECT version FROM settings WHERE key = 'painRules'), 0) WHERE ? = 'settings:painRules'",
];

export function versionOf(db: Db, id: string): number | undefined {
  for (const sql of VERSION_QUERIES) {
    const v = db.prepare(sql).pluck().get(id) as number | undefined;
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Every versioned record's version, keyed by table and id. */
export function versions(db: Db): Map<string, number> {
  const out = new Map<string, number>();
  const tables: [string, string][] = [
    ['journeys', 'id'], ['surveys', 'id'], ['rounds', 'uid'], ['questions', 'uid'], ['improvement_actions', 'id'],
    ['pain_causes', 'id'], ['customer_stories', 'id'], ['departments', 'id'], ['pain_reviews', 'touchpoint_id'], ['settings', 'key'],
  ];
  for (const [t, key] of tables) {
    for (const r of db.prepare(`SELECT ${key} AS k, version AS v FROM ${t}`).all() as { k: string; v: number }[]) out.set(`${t}:${r.k}`, r.v);
  }
  return out;
}

/** A journey's map straight from the file, in the contract's field names. */
export function mapOf(db: Db, journeyId: string) {
  const j = db.prepare('SELECT version FROM journeys WHERE id = ?').get(journeyId) as { version: number } | undefined;
  if (!j) return null;
  const rows = (sql: string) => db.prepare(sql).all(journeyId) as (Record<string, unknown> & { id: string })[];
  return {
    version: j.version,
    stages: rows('SELECT id, name, color FROM stages WHERE journey_id = ? ORDER BY position'),
    lanes: rows('SELECT id, name, kind, department_id AS departmentId, color FROM lanes WHERE journey_id = ? ORDER BY position'),
    touchpoints: rows(
      'SELECT id, stage_id AS stageId, lane_id AS laneId, title, channel, description, quote, owner, need, convenience, emotion, transfers, position FROM touchpoints WHERE journey_id = ?',
    ),
    flows: rows('SELECT id, source_id AS sourceId, target_id AS targetId, label FROM flows WHERE journey_id = ?'),
  };
}

/** Tables a read may fill (caches) are left out. */
const NOT_DATA = new Set(['analysis_cache', 'sqlite_sequence', 'sqlite_stat1']);

/** A hash of every table's rows: equal when nothing stored changed. */
export function fingerprint(db: Db): string {
  const h = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    if (NOT_DATA.has(t)) continue;
    h.update(`\u0000${t}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().iterate()) h.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  }
  return h.digest('hex');
}

/** Domain rules the file must keep whatever was done to it: each query lists what breaks one. */
const INVARIANTS: Record<string, string> = {
  'touchpoint stage in another journey': 'SELECT t.id FROM touchpoints t JOIN stages s ON s.id = t.stage_id WHERE s.journey_id <> t.journey_id',
  'touchpoint lane in another journey': 'SELECT t.id FROM touchpoints t JOIN lanes l ON l.id = t.lane_id WHERE l.journey_id <> t.journey_id',
  'flow end in another journey':
    'SELECT f.id FROM flows f JOIN touchpoints a ON a.id = f.source_id JOIN touchpoints b ON b.id = f.target_id WHERE a.journey_id <> f.journey_id OR b.journey_id <> f.journey_id',
  'stage positions repeat': 'SELECT journey_id FROM stages GROUP BY journey_id, position HAVING count(*) > 1',
  'lane positions repeat': 'SELECT journey_id FROM lanes GROUP BY journey_id, position HAVING count(*) > 1',
  'question positions repeat': 'SELECT survey_id FROM questions GROUP BY survey_id, position HAVING count(*) > 1',
  'blank journey name': "SELECT id FROM journeys WHERE trim(name) = ''",
  'blank stage or lane name': "SELECT id FROM stages WHERE trim(name) = '' UNION ALL SELECT id FROM lanes WHERE trim(name) = ''",
  'blank department name': "SELECT id FROM departments WHERE trim(name) = ''",
  'two live surveys with one name': 'SELECT name FROM surveys WHERE deleted_at IS NULL GROUP BY name HAVING count(*) > 1',
  'lane of a missing department': 'SELECT l.id FROM lanes l WHERE l.department_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM departments d WHERE d.id = l.department_id)',
  'answer of a missing response': 'SELECT a.response_id FROM answers a WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = a.response_id AND r.round_id = a.round_id)',
  'answer of a missing question':
    'SELECT a.question_id FROM answers a WHERE NOT EXISTS (SELECT 1 FROM questions q WHERE q.id = a.question_id) AND NOT EXISTS (SELECT 1 FROM removed_questions rq WHERE rq.row_id = a.question_id)',
  'answer in a round of another survey':
    'SELECT a.question_id FROM answers a JOIN questions q ON q.id = a.question_id JOIN rounds r ON r.id = a.round_id WHERE q.survey_id <> r.survey_id',
  'workshop session of a deleted journey': 'SELECT w.id FROM workshop_sessions w LEFT JOIN journeys j ON j.id = w.journey_id WHERE j.id IS NULL',
  'negative transfers or rating outside 1–5':
    'SELECT id FROM touchpoints WHERE transfers < 0 OR need NOT BETWEEN 1 AND 5 OR convenience NOT BETWEEN 1 AND 5 OR emotion NOT BETWEEN 1 AND 5',
};

/** What is wrong with the file: SQLite's own checks and the domain rules. Empty when healthy. */
export function problems(db: Db, full: boolean): string[] {
  const out: string[] = [];
  const check = db.prepare(full ? 'PRAGMA integrity_check' : 'PRAGMA quick_check').pluck().all() as string[];
  if (check.join() !== 'ok') out.push(`integrity: ${check.slice(0, 3).join('; ')}`);
  const fk = db.prepare('PRAGMA foreign_key_check').all();
  if (fk.length > 0) out.push(`foreign keys: ${JSON.stringify(fk.slice(0, 3))}`);
  for (const [name, sql] of Object.entries(INVARIANTS)) {
    const rows = db.prepare(sql).pluck().all();
    if (rows.length > 0) out.push(`${name}: ${JSON.stringify(rows.slice(0, 3))}`);
  }
  return out;
}

type Call = <T>(name: string, input?: unknown) => Promise<T>;

/**
 * Fills the sample workspace with one of everything the operations name: a second journey,
 * a snapshot, surveys with questions, two rounds with answers (one removed question among
 * them), causes, stories and actions, stored pain rules and a closed workshop session.
 */
export async function seedEverything(call: Call): Promise<void> {
  const [summary] = await call<{ id: string }[]>('journeys.list');
  const journey = await call<{ id: string; touchpoints: { id: string }[] }>('journeys.get', { id: summary!.id });
  await call('journeys.duplicate', { id: journey.id, name: 'Second journey' });
  await call('journeys.snapshot', { journeyId: journey.id, name: 'Baseline' });
  const [tp1, tp2] = journey.touchpoints;
  const survey = await call<{ id: string; version: number; questions: { id: string; type: string }[] }>('surveys.create', {
    name: 'Service CX',
    kind: 'external',
    template: 'customer-experience',
  });
  const full = await call<{ id: string; version: number; questions: { id: string; type: string; scaleMin: number | null; scaleMax: number | null }[] }>('surveys.get', { id: survey.id });
  await call('surveys.create', { name: 'Staff pulse', kind: 'internal' });
  const rated = full.questions.filter((q) => q.type === 'likert' || q.type === 'nps');
  for (const [label, shift] of [['Baseline', 0], ['Re-measure', 1]] as const) {
    const round = await call<{ id: string }>('rounds.create', { surveyId: survey.id, label, phase: 'external' });
    const responses = Array.from({ length: 12 }, (_, i) => ({
      externalId: `r${i}`,
      attributes: { region: i % 2 ? 'North' : 'South' },
      answers: Object.fromEntries(rated.map((q) => [q.id, Math.min(q.scaleMax ?? 10, (q.scaleMin ?? 0) + ((i + shift) % 5))])),
    }));
    await call('rounds.addResponses', { id: round.id, responses });
  }
  const after = await call<{ version: number; questions: { id: string }[] }>('surveys.get', { id: survey.id });
  const last = full.questions.at(-1)!;
  const kept = await call<{ questions: unknown[] }>('surveys.get', { id: survey.id });
  await call('surveys.saveQuestions', {
    surveyId: survey.id,
    baseVersion: after.version,
    questions: (kept.questions as { id: string }[]).filter((q) => q.id !== last.id).map(({ id, ...q }) => ({ ...stripQuestion(q), id })),
    removeAnswered: [last.id],
  });
  for (const tp of [tp1!, tp2!]) {
    await call('painPoints.addCause', { touchpointId: tp.id, cause: CAUSES[0], note: 'Two forms' });
    await call('painPoints.addStory', { touchpointId: tp.id, kind: 'quote', text: 'I waited a week.' });
    await call('actions.create', { touchpointId: tp.id, title: 'One form', due: '2026-12-31' });
    await call('painPoints.setReach', { touchpointId: tp.id, customersPerYear: 1200, lostCustomer: null, baseVersion: 0 });
  }
  const rules = await call<Record<string, unknown> & { version: number }>('settings.painRules');
  const { version, ...values } = rules;
  await call('settings.setPainRules', { ...values, baseVersion: version });
  const session = await call<{ id: string }>('workshop.start', { journeyId: journey.id, touchpoints: { kind: 'all' }, measures: ['need'], host: '127.0.0.1', port: 0 });
  await call('workshop.close', { sessionId: session.id });
  const second = (await call<{ id: string; name: string }[]>('journeys.list')).find((j) => j.name === 'Second journey')!;
  await call('workshop.start', { journeyId: second.id, touchpoints: { kind: 'all' }, measures: ['need', 'transfers'], host: '127.0.0.1', port: 0 });
}

/** A stored question as `surveys.saveQuestions` takes it back. */
function stripQuestion(q: Record<string, unknown>): Record<string, unknown> {
  const { position: _p, version: _v, ...rest } = q;
  return rest;
}
