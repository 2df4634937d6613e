/**
 * The ordered list of schema migrations. Entry N brings a workspace from version N−1
 * to N; each runs in its own transaction. Never edit a shipped entry: append a new one.
 */
import m001 from './migrations/001-initial.sql?raw';
import m002 from './migrations/002-surveys.sql?raw';
import m003 from './migrations/003-comparison.sql?raw';
import m004 from './migrations/004-pain-review.sql?raw';
import m005 from './migrations/005-question-direction.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'surveys', sql: m002 },
  { version: 3, name: 'comparison', sql: m003 },
  { version: 4, name: 'pain-review', sql: m004 },
  { version: 5, name: 'question-direction', sql: m005 },
];

/** The schema version this build writes; files above it are refused. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Checks the list is numbered 1…N without gaps, so a bad merge fails at start-up. */
export function assertMigrationsOrdered(list: readonly Migration[] = MIGRATIONS): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
