/**
 * Optimistic concurrency for editable records: every update adds one to the record's
 * `version`, and a write names the version it was based on. A write based on an outdated
 * read is refused with `conflict`, whose params say which record, its current version and,
 * where known, when and how it changed — enough for the screen to tell the user.
 */
import { appError } from '../../../shared/messages/appError';

/** The kinds of record a stale write can be refused for (`params.record` of a `conflict`). */
export type VersionedRecord = 'survey' | 'question' | 'round' | 'review' | 'cause' | 'story' | 'action' | 'department' | 'rules';

export interface StaleDetails {
  /** The record's name or title as stored now, for the message. */
  title?: string;
  /** When it last changed, ISO time, if the record keeps that. */
  updatedAt?: string;
}

/** Refuses the write unless the record is still at `base`. */
export function assertVersion(record: VersionedRecord, id: string, current: number, base: number, details: StaleDetails = {}): void {
  if (current === base) return;
  const { title, updatedAt } = details;
  throw appError('conflict', 'record.changed_elsewhere', {
      record,
      id,
      current,
      base,
      ...(title !== undefined ? { title } : {}),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
  });
}
