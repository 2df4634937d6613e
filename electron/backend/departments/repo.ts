/**
 * Departments: shared by every journey of a workspace (lanes point at them).
 */
import type { Department } from '../../../shared/domain/journey';
import type { Db } from '../db/open';
import { AppError } from '../../../shared/errors';
import { newId } from '../db/ids';
import { assertVersion } from '../db/versions';

export function listDepartments(db: Db): Department[] {
  return db.prepare('SELECT id, name, color, version FROM departments ORDER BY position, name').all() as Department[];
}

/** Refuses a change (rename, merge, colour) based on an outdated read of the department. */
export function assertDepartmentVersion(db: Db, id: string, baseVersion: number): Department {
  const row = db.prepare('SELECT id, name, color, version FROM departments WHERE id = ?').get(id) as Department | undefined;
  if (!row) throw new AppError({ code: 'not_found', message: `Department ${id} does not exist`, params: { id } });
  assertVersion('department', id, row.version, baseVersion, { title: row.name });
  return row;
}

/** Returns the department with this name (case-insensitive), creating it if there is none. */
export function findOrCreateDepartment(db: Db, name: string, color: string | null): Department {
  const existing = db.prepare('SELECT id, name, color, version FROM departments WHERE lower(name) = lower(?)').get(name) as Department | undefined;
  if (existing) return existing;
  const id = newId();
  const max = (db.prepare('SELECT coalesce(max(position), 0) AS p FROM departments').get() as { p: number }).p;
  db.prepare('INSERT INTO departments (id, name, color, position) VALUES (?, ?, ?, ?)').run(id, name, color, max + 1);
  return { id, name, color, version: 1 };
}
