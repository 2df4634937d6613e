/**
 * A round's aggregates, the one place the round summary and the comparison read them from:
 * per question and per composite (respondent means over linked questions) a histogram,
 * overall and by one respondent attribute, and the respondents per group. The database does
 * the counting — GROUP BY question, value streams in the answers table's key order — and
 * JavaScript only sees histograms.
 *
 * Counting 3 million answers by group takes seconds, so results are kept in `analysis_cache`
 * stamped with the round's `data_version`; every write to a round's answers bumps that
 * version (repo.ts touchRoundData), so a stale entry is never read. Imports warm the cache
 * for the attributes they bring (see warmRound).
 */
import type { Histogram } from '../../../shared/domain/compare/items';
import type { Db } from '../db/open';
import { type CompositeQuery, compositeSignature } from './composites';

type Counts = Record<string, [number, number][]>;
/** Serialised histograms: key → [[value, count]…] and key → respondents. */
interface Stored {
  counts: Counts;
  n: Record<string, number>;
}

export interface RoundAggregates {
  /** Question row id → histogram, for the whole round and per group. */
  items(group: string | null): Map<number, Histogram>;
  /** Composite → histogram of respondent means (lower-better items reversed). */
  composite(query: CompositeQuery, group: string | null): Histogram | undefined;
  /** Respondents per group of `by`. */
  groups: Map<string, number>;
  responses: number;
}

const toStored = (m: Map<string, Histogram>): Stored => {
  const s: Stored = { counts: {}, n: {} };
  for (const [k, h] of m) {
    s.counts[k] = h.counts.map((c) => [c.value, c.count]);
    s.n[k] = h.n;
  }
  return s;
};
const fromStored = (s: Stored): Map<string, Histogram> =>
  new Map(Object.entries(s.counts).map(([k, c]) => [k, { counts: c.map(([value, count]) => ({ value, count })), n: s.n[k] ?? 0 }]));

function dataVersion(db: Db, roundRowId: number): number {
  return (db.prepare('SELECT data_version AS v FROM rounds WHERE id = ?').get(roundRowId) as { v: number }).v;
}

/** Reads a cache entry of this data version, or computes and stores it. */
function cached<T>(db: Db, roundRowId: number, version: number, key: string, compute: () => T): T {
  const row = db.prepare('SELECT data FROM analysis_cache WHERE round_id = ? AND key = ? AND data_version = ?').get(roundRowId, key, version) as { data: string } | undefined;
  if (row) return JSON.parse(row.data) as T;
  const value = compute();
  try {
    // Stored only if no write happened meanwhile (another connection may have imported).
    db.prepare(
      `INSERT OR REPLACE INTO analysis_cache (round_id, key, data_version, data)
       SELECT ?, ?, ?, ? WHERE (SELECT data_version FROM rounds WHERE id = ?) = ?`,
    ).run(roundRowId, key, version, JSON.stringify(value), roundRowId, version);
  } catch {
    // A read-only or busy workspace still answers, just without keeping the result.
  }
  return value;
}

interface CountRow {
  question_id: number;
  grp: string | null;
  value: number;
  count: number;
  /** Rows with ord = 0: one per respondent, also for multiple choice. */
  firsts: number;
}

const histKey = (questionRowId: number, group: string | null): string => `${questionRowId}|${group ?? ''}`;

/** Histograms keyed by question row id and group ('' overall). */
function roundHistograms(db: Db, roundRowId: number, by: string | null): Map<string, Histogram> {
  const rows = (
    by
      ? db
          .prepare(
            `SELECT a.question_id, ra.value AS grp, a.value, count(*) AS count, sum(a.ord = 0) AS firsts FROM answers a
             JOIN response_attributes ra ON ra.response_id = a.response_id AND ra.name = ?
             WHERE a.round_id = ? GROUP BY a.question_id, ra.value, a.value`,
          )
          .all(by, roundRowId)
      : db.prepare('SELECT question_id, NULL AS grp, value, count(*) AS count, sum(ord = 0) AS firsts FROM answers WHERE round_id = ? GROUP BY question_id, value').all(roundRowId)
  ) as CountRow[];
  const out = new Map<string, Histogram>();
  for (const r of rows) {
    const k = histKey(r.question_id, r.grp);
    const h = out.get(k) ?? { counts: [], n: 0 };
    h.counts.push({ value: r.value, count: r.count });
    h.n += r.firsts;
    out.set(k, h);
  }
  return out;
}

/** Respondents per value of `by`, in value order. */
function groupSizes(db: Db, roundRowId: number, by: string): [string, number][] {
  return db
    .prepare('SELECT ra.value AS grp, count(*) AS n FROM responses r JOIN response_attributes ra ON ra.response_id = r.id AND ra.name = ? WHERE r.round_id = ? GROUP BY ra.value ORDER BY ra.value')
    .raw()
    .all(by, roundRowId) as [string, number][];
}

function groupOfResponse(db: Db, roundRowId: number, by: string): Map<number, string> {
  const rows = db
    .prepare('SELECT ra.response_id AS id, ra.value FROM responses r JOIN response_attributes ra ON ra.response_id = r.id AND ra.name = ? WHERE r.round_id = ?')
    .raw()
    .all(by, roundRowId) as [number, string][];
  return new Map(rows);
}

/** Histograms of respondent means over the composite's questions, overall ('') and per group of `by`. */
function compositeHistograms(db: Db, roundRowId: number, c: CompositeQuery, groupOf: Map<number, string> | null): Map<string, Histogram> {
  const marks = (xs: readonly number[]) => xs.map(() => '?').join(',');
  const value = c.flipped.length ? `CASE WHEN question_id IN (${marks(c.flipped)}) THEN ? - value ELSE value END` : 'value';
  const rows = db
    .prepare(`SELECT response_id, avg(${value}) FROM answers WHERE round_id = ? AND ord = 0 AND question_id IN (${marks(c.ids)}) GROUP BY response_id`)
    .raw()
    .iterate(...(c.flipped.length ? [...c.flipped, c.flipSum] : []), roundRowId, ...c.ids) as IterableIterator<[number, number]>;
  const acc = new Map<string, Map<number, number>>();
  const bump = (k: string, v: number) => {
    const m = acc.get(k) ?? new Map<number, number>();
    m.set(v, (m.get(v) ?? 0) + 1);
    acc.set(k, m);
  };
  for (const [rid, mean] of rows) {
    const v = Math.round(mean * 1e9) / 1e9;
    bump('', v);
    const g = groupOf?.get(rid);
    if (g !== undefined) bump(g, v);
  }
  const out = new Map<string, Histogram>();
  for (const [k, m] of acc) {
    const counts = [...m].map(([value, count]) => ({ value, count }));
    out.set(k, { counts, n: counts.reduce((s, c) => s + c.count, 0) });
  }
  return out;
}

/** Names of the respondent attributes a round has (department, tier, region…). */
export function roundAttributeNames(db: Db, roundRowId: number): string[] {
  return cached(db, roundRowId, dataVersion(db, roundRowId), 'attributes', () =>
    db.prepare('SELECT DISTINCT ra.name FROM response_attributes ra JOIN responses r ON r.id = ra.response_id WHERE r.round_id = ? ORDER BY ra.name').pluck().all(roundRowId) as string[],
  );
}

export interface AggregateRequest {
  by: string | null;
  composites: readonly CompositeQuery[];
}

/** Everything a round summary or a comparison needs from one round, consistent with one data version. */
export function roundAggregates(db: Db, roundRowId: number, req: AggregateRequest): RoundAggregates {
  return db.transaction((): RoundAggregates => {
    const version = dataVersion(db, roundRowId);
    const responses = (db.prepare('SELECT count(*) AS n FROM responses WHERE round_id = ?').get(roundRowId) as { n: number }).n;
    const overall = fromStored(cached(db, roundRowId, version, 'items', () => toStored(roundHistograms(db, roundRowId, null))));
    const grouped = req.by ? fromStored(cached(db, roundRowId, version, `items|by=${req.by}`, () => toStored(roundHistograms(db, roundRowId, req.by)))) : null;
    const groups = req.by
      ? new Map(cached(db, roundRowId, version, `groups|by=${req.by}`, () => groupSizes(db, roundRowId, req.by!)))
      : new Map<string, number>();

    let groupOf: Map<number, string> | null | undefined;
    const composites = new Map<string, Map<string, Histogram>>();
    for (const c of req.composites) {
      const sig = compositeSignature(c);
      const key = `composite|${sig}${req.by ? `|by=${req.by}` : ''}`;
      const stored = cached(db, roundRowId, version, key, () => {
        if (groupOf === undefined) groupOf = req.by ? groupOfResponse(db, roundRowId, req.by) : null;
        return toStored(compositeHistograms(db, roundRowId, c, groupOf));
      });
      composites.set(sig, fromStored(stored));
    }

    const byGroup = new Map<string, Map<number, Histogram>>();
    const items = (group: string | null): Map<number, Histogram> => {
      const g = group ?? '';
      let m = byGroup.get(g);
      if (!m) {
        m = new Map();
        for (const [k, h] of group === null ? overall : (grouped ?? new Map<string, Histogram>())) {
          const bar = k.indexOf('|');
          if (k.slice(bar + 1) === g) m.set(Number(k.slice(0, bar)), h);
        }
        byGroup.set(g, m);
      }
      return m;
    };
    return {
      items,
      composite: (c, group) => composites.get(compositeSignature(c))?.get(group ?? ''),
      groups,
      responses,
    };
    // Deferred: a consistent read that must not hold the write lock; the cache write is optional.
  }).deferred();
}

/**
 * Computes and keeps a round's aggregates right after an import: per question and per
 * composite, overall and by every attribute the round has, so the first comparison of a
 * large round reads the cache. Failures only cost speed later, never the import.
 */
export function warmRound(db: Db, roundRowId: number, composites: readonly CompositeQuery[]): void {
  try {
    const names = roundAttributeNames(db, roundRowId);
    roundAggregates(db, roundRowId, { by: null, composites });
    for (const by of names) roundAggregates(db, roundRowId, { by, composites });
  } catch {
    // see above
  }
}
