/**
 * Writes an editor's changes to one journey in a single transaction, guarded by the
 * journey's version so two windows cannot silently overwrite each other.
 */
import type { JourneyVersion } from '../../../shared/ops/journeys';
import type { MapChanges } from '../../../shared/domain/map/changes';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { now } from '../db/ids';
import { assertReferencesHold } from './change-refs';

export function journeyVersion(db: Db, id: string): JourneyVersion {
  const row = db.prepare('SELECT version, updated_at, deleted_at FROM journeys WHERE id = ?').get(id) as
    | { version: number; updated_at: string; deleted_at: string | null }
    | undefined;
  if (!row) throw appError('not_found', 'journey.not_found', { id });
  return { id, version: row.version, updatedAt: row.updated_at, deleted: row.deleted_at !== null };
}

/** Fails unless every id belongs to this journey (or is new), so a change cannot reach into another map. */
function assertOwned(db: Db, table: string, journeyId: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const stmt = db.prepare(`SELECT journey_id FROM ${table} WHERE id = ?`);
  for (const id of ids) {
    const row = stmt.get(id) as { journey_id: string } | undefined;
    if (row && row.journey_id !== journeyId) {
      throw appError('validation', 'journey.foreign_record', { what: table, id });
    }
  }
}

/**
 * Fails unless a new order lists each of the journey's stages (lanes), as they are after the
 * change's deletes and upserts, exactly once: one left out would keep its old place and share
 * it with another.
 */
function assertWholeOrder(db: Db, table: 'stages' | 'lanes', journeyId: string, order: readonly string[] | null, messageCode: string): void {
  if (order === null) return;
  const ids = db.prepare(`SELECT id FROM ${table} WHERE journey_id = ?`).pluck().all(journeyId) as string[];
  const listed = new Set(order);
  if (listed.size !== order.length || listed.size !== ids.length || !ids.every((id) => listed.has(id))) {
    throw appError('validation', messageCode, { id: journeyId });
  }
}

export function applyChanges(db: Db, journeyId: string, baseVersion: number, c: MapChanges): JourneyVersion {
  return db.transaction(() => {
    const current = journeyVersion(db, journeyId);
    if (current.deleted) throw appError('not_found', 'journey.deleted', { id: journeyId });
    if (current.version !== baseVersion) {
      throw appError('conflict', 'journey.changed_elsewhere', { id: journeyId, current: current.version, base: baseVersion });
    }
    for (const [table, part] of [
      ['stages', c.stages],
      ['lanes', c.lanes],
      ['touchpoints', c.touchpoints],
      ['flows', c.flows],
    ] as const) {
      assertOwned(db, table, journeyId, [...part.upsert.map((r) => r.id), ...part.delete]);
    }
    assertReferencesHold(db, journeyId, c);

    // Deletes first (flows before the cards they join, cards before their cells), then upserts
    // in dependency order; foreign keys are checked on every statement.
    const del = (table: string, ids: readonly string[]) => {
      const stmt = db.prepare(`DELETE FROM ${table} WHERE id = ? AND journey_id = ?`);
      for (const id of ids) stmt.run(id, journeyId);
    };
    del('flows', c.flows.delete);
    del('touchpoints', c.touchpoints.delete);
    del('stages', c.stages.delete);
    del('lanes', c.lanes.delete);

    const stagePos = (id: string) => (c.stageOrder ? c.stageOrder.indexOf(id) : -1);
    const upStage = db.prepare(
      `INSERT INTO stages (id, journey_id, name, color, position) VALUES (@id, @journeyId, @name, @color, @position)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color`,
    );
    const maxStage = () => (db.prepare('SELECT coalesce(max(position), -1) AS p FROM stages WHERE journey_id = ?').get(journeyId) as { p: number }).p;
    for (const s of c.stages.upsert) upStage.run({ ...s, journeyId, position: stagePos(s.id) >= 0 ? stagePos(s.id) : maxStage() + 1 });

    const upLane = db.prepare(
      `INSERT INTO lanes (id, journey_id, name, kind, department_id, color, position)
       VALUES (@id, @journeyId, @name, @kind, @departmentId, @color, @position)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, department_id = excluded.department_id, color = excluded.color`,
    );
    const maxLane = () => (db.prepare('SELECT coalesce(max(position), -1) AS p FROM lanes WHERE journey_id = ?').get(journeyId) as { p: number }).p;
    const lanePos = (id: string) => (c.laneOrder ? c.laneOrder.indexOf(id) : -1);
    for (const l of c.lanes.upsert) upLane.run({ ...l, journeyId, position: lanePos(l.id) >= 0 ? lanePos(l.id) : maxLane() + 1 });

    assertWholeOrder(db, 'stages', journeyId, c.stageOrder, 'journey.stage_order_mismatch');
    assertWholeOrder(db, 'lanes', journeyId, c.laneOrder, 'journey.lane_order_mismatch');
    if (c.stageOrder) {
      const stmt = db.prepare('UPDATE stages SET position = ? WHERE id = ? AND journey_id = ?');
      c.stageOrder.forEach((id, i) => stmt.run(i, id, journeyId));
    }
    if (c.laneOrder) {
      const stmt = db.prepare('UPDATE lanes SET position = ? WHERE id = ? AND journey_id = ?');
      c.laneOrder.forEach((id, i) => stmt.run(i, id, journeyId));
    }

    const upTp = db.prepare(
      `INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, title, channel, description, quote, owner, need, convenience, emotion, transfers, position)
       VALUES (@id, @journeyId, @stageId, @laneId, @title, @channel, @description, @quote, @owner, @need, @convenience, @emotion, @transfers, @position)
       ON CONFLICT (id) DO UPDATE SET stage_id = excluded.stage_id, lane_id = excluded.lane_id, title = excluded.title,
         channel = excluded.channel, description = excluded.description, quote = excluded.quote, owner = excluded.owner,
         need = excluded.need, convenience = excluded.convenience, emotion = excluded.emotion,
         transfers = excluded.transfers, position = excluded.position`,
    );
    for (const t of c.touchpoints.upsert) upTp.run({ ...t, journeyId });

    const upFlow = db.prepare(
      `INSERT INTO flows (id, journey_id, source_id, target_id, label) VALUES (@id, @journeyId, @sourceId, @targetId, @label)
       ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, target_id = excluded.target_id, label = excluded.label`,
    );
    for (const f of c.flows.upsert) upFlow.run({ ...f, journeyId });

    // Every referenced cell and card must belong to this journey.
    const stray = db
      .prepare(
        `SELECT count(*) AS n FROM touchpoints t
           LEFT JOIN stages s ON s.id = t.stage_id AND s.journey_id = t.journey_id
           LEFT JOIN lanes l ON l.id = t.lane_id AND l.journey_id = t.journey_id
         WHERE t.journey_id = ? AND (s.id IS NULL OR l.id IS NULL)`,
      )
      .get(journeyId) as { n: number };
    const strayFlows = db
      .prepare(
        `SELECT count(*) AS n FROM flows f JOIN touchpoints a ON a.id = f.source_id JOIN touchpoints b ON b.id = f.target_id
         WHERE f.journey_id = ? AND (a.journey_id <> f.journey_id OR b.journey_id <> f.journey_id)`,
      )
      .get(journeyId) as { n: number };
    if (stray.n > 0 || strayFlows.n > 0) {
      throw appError('validation', 'journey.foreign_records');
    }

    db.prepare('UPDATE journeys SET version = version + 1, updated_at = ? WHERE id = ?').run(now(), journeyId);
    return journeyVersion(db, journeyId);
  })();
}
