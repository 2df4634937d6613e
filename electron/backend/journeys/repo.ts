/**
 * Journey storage: reads and writes of journeys and their stages, lanes,
 * touchpoints and flows. Every write bumps the journey's version and updated_at.
 */
import type { Journey, JourneyMeta, JourneySummary } from '../../../shared/domain/journey';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { newId, now } from '../db/ids';
import { type FlowRow, type JourneyRow, type LaneRow, type StageRow, type TouchpointRow, toFlow, toLane, toStage, toSummary, toTouchpoint } from './rows';

const SUMMARY_SQL = `
  SELECT j.id, j.name, j.scene, j.persona, j.customer_tier, j.description, j.created_at, j.updated_at, j.version,
         count(t.id) AS touchpoint_count, coalesce(sum(t.transfers), 0) AS total_transfers
  FROM journeys j LEFT JOIN touchpoints t ON t.journey_id = j.id`;

export function listJourneys(db: Db): JourneySummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} WHERE j.deleted_at IS NULL GROUP BY j.id ORDER BY j.updated_at DESC, j.name`).all() as JourneyRow[];
  return rows.map(toSummary);
}

function findRow(db: Db, id: string, includeDeleted = false): JourneyRow {
  const row = db
    .prepare(`${SUMMARY_SQL} WHERE j.id = ? ${includeDeleted ? '' : 'AND j.deleted_at IS NULL'} GROUP BY j.id`)
    .get(id) as JourneyRow | undefined;
  if (!row) throw appError('not_found', 'journey.not_found', { id });
  return row;
}

export function getSummary(db: Db, id: string): JourneySummary {
  return toSummary(findRow(db, id));
}

export function getJourney(db: Db, id: string): Journey {
  const summary = getSummary(db, id);
  const stages = db.prepare('SELECT id, name, color FROM stages WHERE journey_id = ? ORDER BY position').all(id) as StageRow[];
  const lanes = db.prepare('SELECT id, name, kind, department_id, color FROM lanes WHERE journey_id = ? ORDER BY position').all(id) as LaneRow[];
  const touchpoints = db
    .prepare(
      `SELECT t.id, t.stage_id, t.lane_id, t.title, t.channel, t.description, t.quote, t.owner,
              t.need, t.convenience, t.emotion, t.transfers, t.position
       FROM touchpoints t JOIN stages s ON s.id = t.stage_id JOIN lanes l ON l.id = t.lane_id
       WHERE t.journey_id = ? ORDER BY s.position, l.position, t.position`,
    )
    .all(id) as TouchpointRow[];
  const flows = db.prepare('SELECT id, source_id, target_id, label FROM flows WHERE journey_id = ?').all(id) as FlowRow[];
  return {
    ...summary,
    stages: stages.map(toStage),
    lanes: lanes.map(toLane),
    touchpoints: touchpoints.map(toTouchpoint),
    flows: flows.map(toFlow),
  };
}

export function insertJourney(db: Db, meta: JourneyMeta): string {
  const id = newId();
  const at = now();
  db.prepare(
    `INSERT INTO journeys (id, name, scene, persona, customer_tier, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, meta.name, meta.scene, meta.persona, meta.customerTier, meta.description, at, at);
  return id;
}

export function updateJourneyMeta(db: Db, id: string, patch: Partial<JourneyMeta>): JourneySummary {
  const current = getSummary(db, id);
  const next = { ...current, ...patch };
  db.prepare(
    `UPDATE journeys SET name = ?, scene = ?, persona = ?, customer_tier = ?, description = ?,
            updated_at = ?, version = version + 1 WHERE id = ?`,
  ).run(next.name, next.scene, next.persona, next.customerTier, next.description, now(), id);
  return getSummary(db, id);
}

export function setDeleted(db: Db, id: string, deleted: boolean): void {
  findRow(db, id, true);
  db.prepare('UPDATE journeys SET deleted_at = ?, version = version + 1 WHERE id = ?').run(deleted ? now() : null, id);
}

export function insertStage(db: Db, journeyId: string, name: string, position: number, color: string | null = null): string {
  const id = newId();
  db.prepare('INSERT INTO stages (id, journey_id, name, color, position) VALUES (?, ?, ?, ?, ?)').run(id, journeyId, name, color, position);
  return id;
}

export function insertLane(
  db: Db,
  journeyId: string,
  lane: { name: string; kind: string; departmentId: string | null; color: string | null },
  position: number,
): string {
  const id = newId();
  db.prepare('INSERT INTO lanes (id, journey_id, name, kind, department_id, color, position) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    journeyId,
    lane.name,
    lane.kind,
    lane.departmentId,
    lane.color,
    position,
  );
  return id;
}

export interface NewTouchpoint {
  stageId: string;
  laneId: string;
  title: string;
  channel: string;
  description: string;
  quote: string;
  owner: string;
  need: number | null;
  convenience: number | null;
  emotion: number | null;
  transfers: number;
  position: number;
}

export function insertTouchpoint(db: Db, journeyId: string, t: NewTouchpoint): string {
  const id = newId();
  db.prepare(
    `INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, title, channel, description, quote, owner,
                              need, convenience, emotion, transfers, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, journeyId, t.stageId, t.laneId, t.title, t.channel, t.description, t.quote, t.owner, t.need, t.convenience, t.emotion, t.transfers, t.position);
  return id;
}

export function insertFlow(db: Db, journeyId: string, sourceId: string, targetId: string, label = ''): string {
  const id = newId();
  db.prepare('INSERT INTO flows (id, journey_id, source_id, target_id, label) VALUES (?, ?, ?, ?, ?)').run(id, journeyId, sourceId, targetId, label);
  return id;
}
