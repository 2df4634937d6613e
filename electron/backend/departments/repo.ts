/**
 * Departments: shared by every journey of a workspace (lanes point at them). A department is
 * known by its name — trimmed and case-insensitive — wherever one is created (the department
 * list, a journey template, a map import), so the department filter never splits in two.
 */
import type { Department } from '../../../shared/domain/journey';
import type { Db } from '../db/open';
import { appError } from '../../../shared/messages/appError';
import { newId } from '../db/ids';
import { assertVersion } from '../db/versions';

export function listDepartments(db: Db): Department[] {
  return db.prepare('SELECT id, name, color, version FROM departments ORDER BY position, name').all() as Department[];
}

/** Refuses a change (rename, merge, colour) based on an outdated read of the department. */
export function assertDepartmentVersion(db: Db, id: string, baseVersion: number): Department {
  const row = db.prepare('SELECT id, name, color, version FROM departments WHERE id = ?').get(id) as Department | undefined;
  if (!row) throw appError('not_found', 'department.not_found', { id });
  assertVersion('department', id, row.version, baseVersion, { title: row.name });
  return row;
}

/** The form two department names are compared in: "  Sales " and "sales" are one department. */
export function departmentKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

export function findDepartmentByName(db: Db, name: string): Department | undefined {
  const key = departmentKey(name);
  return listDepartments(db).find((d) => departmentKey(d.name) === key);
}

/**
 * Returns the department with this name, creating it if there is none. `preferredId` is used
 * for a new department when it is free (template departments keep a readable id).
 */
export function findOrCreateDepartment(db: Db, name: string, color: string | null, preferredId?: string): Department {
  const existing = findDepartmentByName(db, name);
  if (existing) return existing;
  const taken = preferredId !== undefined && db.prepare('SELECT 1 FROM departments WHERE id = ?').get(preferredId) !== undefined;
  const id = preferredId !== undefined && !taken ? preferredId : newId();
  const max = (db.prepare('SELECT coalesce(max(position), 0) AS p FROM departments').get() as { p: number }).p;
  const clean = name.trim();
  db.prepare('INSERT INTO departments (id, name, color, position) VALUES (?, ?, ?, ?)').run(id, clean, color, max + 1);
  return { id, name: clean, color, version: 1 };
}
