/**
 * Journey names are unique within a workspace (among journeys not deleted), compared trimmed
 * and case-insensitive: two maps called "售后维修服务" cannot be told apart in any list.
 */
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

function liveNames(db: Db, exceptId?: string): Set<string> {
  const rows = db.prepare('SELECT id, name FROM journeys WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
  return new Set(rows.filter((r) => r.id !== exceptId).map((r) => nameKey(r.name)));
}

/** Refuses a name another journey already has, with a code the forms word next to the field. */
export function assertJourneyNameFree(db: Db, name: string, exceptId?: string): void {
  if (liveNames(db, exceptId).has(nameKey(name))) {
    throw new AppError({
      code: 'conflict',
      messageCode: 'journey.name_taken',
      message: `There is already a journey called “${name.trim()}”`,
      params: { name: name.trim() },
    });
  }
}

/** The name itself when free, else the first free "name (2)", "name (3)"… (copies, imports, restores). */
export function freeJourneyName(db: Db, name: string, exceptId?: string): string {
  const taken = liveNames(db, exceptId);
  const base = name.trim();
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 190)} (${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
