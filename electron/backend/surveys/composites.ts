/**
 * The composites a survey's question links define, as what the answers table is asked for:
 * question row ids, and which of them enter reversed (lower-better items, min + max − answer).
 */
import { type CompositeDef, compositesOf, reversedIn } from '../../../shared/domain/compare/pairing';
import type { Db } from '../db/open';
import { listQuestions, questionRowIds } from './repo';

export interface CompositeQuery {
  ids: readonly number[];
  /** Row ids among `ids` whose answers enter as `flipSum − value`. */
  flipped: readonly number[];
  /** min + max of the composite's scale. */
  flipSum: number;
}

export function compositeQuery(def: CompositeDef, rowIds: ReadonlyMap<string, number>): CompositeQuery {
  return {
    ids: def.questions.map((q) => rowIds.get(q.id)!),
    flipped: reversedIn(def).map((q) => rowIds.get(q.id)!),
    flipSum: def.scale.min + def.scale.max,
  };
}

/** The cache key part of a composite: the same question set with other reversals is another composite. */
export function compositeSignature(c: CompositeQuery): string {
  const sorted = (xs: readonly number[]) => [...xs].sort((x, y) => x - y).join(',');
  return c.flipped.length ? `${sorted(c.ids)}|flip=${sorted(c.flipped)}@${c.flipSum}` : sorted(c.ids);
}

export function surveyComposites(db: Db, surveyId: string): CompositeQuery[] {
  const rowIds = questionRowIds(db, surveyId);
  return compositesOf(listQuestions(db, surveyId)).map((c) => compositeQuery(c, rowIds));
}
