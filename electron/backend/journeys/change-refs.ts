/**
 * Checks, before anything is written, that a map change leaves every card in a stage and lane
 * of its journey and every flow between two cards of it, so a change is refused by name
 * instead of failing on a constraint half-way — or deleting a stage's cards with it.
 */
import type { MapChanges } from '../../../shared/domain/map/changes';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';

/** The ids of the journey's records in `table` once the change's deletes and upserts are done. */
function after(db: Db, table: string, journeyId: string, part: { upsert: readonly { id: string }[]; delete: readonly string[] }): Set<string> {
  const ids = new Set(db.prepare(`SELECT id FROM ${table} WHERE journey_id = ?`).pluck().all(journeyId) as string[]);
  for (const id of part.delete) ids.delete(id);
  for (const r of part.upsert) ids.add(r.id);
  return ids;
}

export function assertReferencesHold(db: Db, journeyId: string, c: MapChanges): void {
  const stages = after(db, 'stages', journeyId, c.stages);
  const lanes = after(db, 'lanes', journeyId, c.lanes);
  const cards = after(db, 'touchpoints', journeyId, c.touchpoints);
  // A reference to another journey's record is left to the foreign-record check.
  const elsewhere = (table: string, id: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND journey_id <> ?`).get(id, journeyId) !== undefined;

  const department = db.prepare('SELECT 1 FROM departments WHERE id = ?');
  for (const l of c.lanes.upsert) {
    if (l.departmentId !== null && department.get(l.departmentId) === undefined) throw appError('validation', 'journey.lane_department_missing', { id: l.id, department: l.departmentId });
  }
  for (const t of c.touchpoints.upsert) {
    if ((!stages.has(t.stageId) && !elsewhere('stages', t.stageId)) || (!lanes.has(t.laneId) && !elsewhere('lanes', t.laneId))) {
      throw appError('validation', 'journey.touchpoint_cell_missing', { id: t.id });
    }
  }
  const moved = new Set(c.touchpoints.upsert.map((t) => t.id));
  const kept = db.prepare('SELECT id, stage_id AS stageId, lane_id AS laneId FROM touchpoints WHERE journey_id = ?').all(journeyId) as { id: string; stageId: string; laneId: string }[];
  for (const t of kept) {
    if (moved.has(t.id) || !cards.has(t.id)) continue;
    if (!stages.has(t.stageId) || !lanes.has(t.laneId)) throw appError('validation', 'journey.cell_not_empty', { id: t.id });
  }
  for (const f of c.flows.upsert) {
    if (f.sourceId === f.targetId) throw appError('validation', 'journey.flow_to_itself', { id: f.id });
    for (const end of [f.sourceId, f.targetId]) {
      if (!cards.has(end) && !elsewhere('touchpoints', end)) throw appError('validation', 'journey.flow_end_missing', { id: f.id, end });
    }
  }
}
