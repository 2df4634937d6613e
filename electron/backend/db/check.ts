/**
 * The read-only health check behind `journey-audit check`: identity, schema version,
 * full integrity and foreign-key checks. Never writes to the file.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { appError } from '../../../shared/messages/appError';
import { workspaceError } from './errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { assertOurs, readHeader } from './open';
import { assertNotFolder } from './paths';
import { assertNotEmpty, withReadOnly } from './peek';

export interface CheckReport {
  ok: true;
  path: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  needsMigration: boolean;
  integrity: 'ok';
  foreignKeyViolations: 0;
  bytes: number;
  counts: { journeys: number; touchpoints: number };
}

export function checkWorkspace(file: string): CheckReport {
  const path = resolve(file);
  if (!existsSync(path)) throw appError('workspace_missing', 'error.workspace_missing', { path });
  assertNotFolder(path);
  try {
    assertNotEmpty(path);
    return withReadOnly(path, (db) => report(db, path));
  } catch (error) {
    throw workspaceError(error, path);
  }
}

function report(db: Database.Database, path: string): CheckReport {
  const header = readHeader(db);
  assertOurs(header, path);
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (problems.length !== 1 || problems[0] !== 'ok') {
    const detail = problems.slice(0, 5).join('; ');
    throw appError('workspace_corrupt', 'workspace.integrity', { path, detail });
  }
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) {
    throw appError('workspace_corrupt', 'workspace.broken_refs', { path, count: fk.length, detail: `${fk.length} foreign key violations` });
  }
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const hasTables = header.schemaVersion >= 1;
  return {
    ok: true,
    path,
    schemaVersion: header.schemaVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    needsMigration: header.schemaVersion < LATEST_SCHEMA_VERSION,
    integrity: 'ok',
    foreignKeyViolations: 0,
    bytes: statSync(path).size,
    counts: hasTables ? { journeys: count('journeys WHERE deleted_at IS NULL'), touchpoints: count('touchpoints') } : { journeys: 0, touchpoints: 0 },
  };
}
