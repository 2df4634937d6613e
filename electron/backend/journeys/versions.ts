/**
 * Journey map versions: named snapshots of a journey ("baseline 2026-03") stored whole, read
 * back read-only, and compared with each other or with the journey as it is now.
 */
import { Journey, type JourneySummary } from '../../../shared/domain/journey';
import { toMapFile } from '../../../shared/domain/map/format';
import { compareMapVersions } from '../../../shared/domain/map/versions';
import { appError } from '../../../shared/messages/appError';
import type { JourneySnapshot, MapComparison, VersionRef } from '../../../shared/ops/journeys';
import type { Db } from '../db/open';
import { newId, now } from '../db/ids';
import { getJourney, getSummary } from './repo';
import { importMap } from './import-map';

interface SnapshotRow {
  id: string;
  journey_id: string;
  name: string;
  created_at: string;
  data: string;
}

const toSnapshot = (r: SnapshotRow): JourneySnapshot => ({
  id: r.id,
  journeyId: r.journey_id,
  name: r.name,
  createdAt: r.created_at,
  touchpoints: (JSON.parse(r.data) as Journey).touchpoints.length,
});

export function listSnapshots(db: Db, journeyId: string): JourneySnapshot[] {
  getJourney(db, journeyId);
  return (db.prepare('SELECT * FROM journey_snapshots WHERE journey_id = ? ORDER BY created_at DESC, name').all(journeyId) as SnapshotRow[]).map(toSnapshot);
}

export function createSnapshot(db: Db, journeyId: string, name: string): JourneySnapshot {
  const journey = getJourney(db, journeyId);
  if (db.prepare('SELECT 1 FROM journey_snapshots WHERE journey_id = ? AND name = ?').get(journeyId, name)) {
    throw appError('conflict', 'version.name_taken', { name });
  }
  const id = newId();
  db.prepare('INSERT INTO journey_snapshots (id, journey_id, name, created_at, data) VALUES (?, ?, ?, ?, ?)').run(id, journeyId, name, now(), JSON.stringify(journey));
  return toSnapshot(db.prepare('SELECT * FROM journey_snapshots WHERE id = ?').get(id) as SnapshotRow);
}

function snapshotRow(db: Db, id: string): SnapshotRow {
  const row = db.prepare('SELECT * FROM journey_snapshots WHERE id = ?').get(id) as SnapshotRow | undefined;
  if (!row) throw appError('not_found', 'version.not_found', { id });
  return row;
}

export function getSnapshotJourney(db: Db, id: string): Journey {
  const row = snapshotRow(db, id);
  const parsed = Journey.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw appError('workspace_corrupt', 'version.damaged', { id, name: row.name });
  return parsed.data;
}

/** A new journey with the snapshot's map; departments are matched by name, as in a map import. */
export function restoreSnapshot(db: Db, id: string, name?: string): JourneySummary {
  const row = snapshotRow(db, id);
  const journey = getSnapshotJourney(db, id);
  const departments = new Map((db.prepare('SELECT id, name FROM departments').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]));
  const file = toMapFile({ ...journey, name: name ?? `${journey.name} (${row.name})` }, (dep) => departments.get(dep) ?? null, now());
  return db.transaction(() => getSummary(db, importMap(db, file.journey)))();
}

function load(db: Db, ref: VersionRef): { label: string; journey: Journey } {
  if (ref.kind === 'current') return { label: '', journey: getJourney(db, ref.journeyId) };
  return { label: snapshotRow(db, ref.id).name, journey: getSnapshotJourney(db, ref.id) };
}

export function compareVersions(db: Db, before: VersionRef, after: VersionRef): MapComparison {
  return compareMapVersions(load(db, before), load(db, after));
}
