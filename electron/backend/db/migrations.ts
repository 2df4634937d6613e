/**
 * The ordered list of schema migrations. Entry N brings a workspace from version N−1
 * to N; each runs in its own transaction. Never edit a shipped entry: append a new one.
 */
import m001 from './migrations/001-initial.sql?raw';
import m002 from './migrations/002-surveys.sql?raw';
import m003 from './migrations/003-comparison.sql?raw';
import m004 from './migrations/004-pain-review.sql?raw';
import m005 from './migrations/005-question-direction.sql?raw';
import m006 from './migrations/006-record-versions.sql?raw';
import m007 from './migrations/007-workshop.sql?raw';
import m008 from './migrations/008-merge-departments.sql?raw';
import m009 from './migrations/009-answer-notes.sql?raw';

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
  { version: 6, name: 'record-versions', sql: m006 },
  { version: 7, name: 'workshop', sql: m007 },
  { version: 8, name: 'merge-departments', sql: m008 },
  { version: 9, name: 'answer-notes', sql: m009 },
];

/** The schema version this build writes; files above it are refused. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Checks the list is numbered 1…N without gaps, so a bad merge fails at start-up. */
export function assertMigrationsOrdered(list: readonly Migration[] = MIGRATIONS): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
