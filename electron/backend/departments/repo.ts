/**
 * Departments: shared by every journey of a workspace (lanes point at them).
 */
import type { Department } from '../../../shared/domain/journey';
import type { Db } from '../db/open';
import { newId } from '../db/ids';

export function listDepartments(db: Db): Department[] {
  return db.prepare('SELECT id, name, color FROM departments ORDER BY position, name').all() as Department[];
}

/** Returns the department with this name (case-insensitive), creating it if there is none. */
export function findOrCreateDepartment(db: Db, name: string, color: string | null): Department {
  const existing = db.prepare('SELECT id, name, color FROM departments WHERE lower(name) = lower(?)').get(name) as Department | undefined;
  if (existing) return existing;
  const id = newId();
  const max = (db.prepare('SELECT coalesce(max(position), 0) AS p FROM departments').get() as { p: number }).p;
  db.prepare('INSERT INTO departments (id, name, color, position) VALUES (?, ?, ?, ?)').run(id, name, color, max + 1);
  return { id, name, color };
}
