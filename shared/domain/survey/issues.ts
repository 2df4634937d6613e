/**
 * What an import found that it did not expect, as a code plus parameters (worded per
 * language by shared/messages), grouped by code and column with a count and the first
 * spreadsheet rows, so 400 identical cells make one line, not 400.
 */
import { z } from 'zod';
import type { MessageParams } from '../../messages/format';

export const ImportIssueSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Column letter (A, B, …, AA); empty when the issue is about the whole file. */
  column: z.string(),
  /** The first spreadsheet rows (1-based, header rows included) where it happens. */
  rows: z.array(z.number().int()),
  /** How many cells it concerns. */
  count: z.number().int(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

/** Row numbers kept per issue; the count is always complete. */
export const ROWS_KEPT = 20;

export class IssueCollector {
  private readonly byKey = new Map<string, ImportIssue>();
  total = 0;

  add(code: string, column: string, row: number | null, params: MessageParams): void {
    this.total++;
    const key = `${code}\u0000${column}`;
    const hit = this.byKey.get(key);
    if (hit) {
      hit.count++;
      if (row !== null && hit.rows.length < ROWS_KEPT) hit.rows.push(row);
      return;
    }
    this.byKey.set(key, { code, params: { ...params, column }, column, rows: row === null ? [] : [row], count: 1 });
  }

  list(): ImportIssue[] {
    return [...this.byKey.values()].map((i) => ({ ...i, params: { ...i.params, count: i.count, rows: i.rows.join(', ') } }));
  }
}
