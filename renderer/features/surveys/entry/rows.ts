/** Rows of the manual-entry grid: one typed paper questionnaire each, and what `rounds.addResponses` gets from them. */
import type { z } from 'zod';
import type { ErrorIssue } from '../../../../shared/errors';
import type { Question } from '../../../../shared/domain/survey/types';
import type { ManualResponse } from '../../../../shared/ops/surveys';

export const ATTRIBUTES = ['department', 'tier', 'region'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export type Answer = number | number[] | string | null;

export interface EntryRow {
  key: string;
  externalId: string;
  attributes: Record<Attribute, string>;
  answers: Record<string, Answer>;
}

let seq = 0;
export const emptyRow = (): EntryRow => ({ key: `row-${++seq}`, externalId: '', attributes: { department: '', tier: '', region: '' }, answers: {} });

const filled = (a: Answer) => a !== null && a !== '' && !(Array.isArray(a) && a.length === 0);

export function isEmpty(row: EntryRow): boolean {
  return !row.externalId.trim() && ATTRIBUTES.every((a) => !row.attributes[a].trim()) && !Object.values(row.answers).some(filled);
}

/** The rows worth saving, as the contract's responses, with the grid row each came from. */
export function toResponses(rows: readonly EntryRow[], questions: readonly Question[]): { keys: string[]; responses: z.input<typeof ManualResponse>[] } {
  const keys: string[] = [];
  const responses: z.input<typeof ManualResponse>[] = [];
  for (const row of rows) {
    if (isEmpty(row)) continue;
    const answers: Record<string, Answer> = {};
    for (const q of questions) {
      const a = row.answers[q.id];
      if (a === undefined || !filled(a)) continue;
      answers[q.id] = typeof a === 'string' && q.type !== 'text' ? Number(a) : a;
    }
    const attributes: Record<string, string> = {};
    for (const name of ATTRIBUTES) if (row.attributes[name].trim()) attributes[name] = row.attributes[name].trim();
    keys.push(row.key);
    responses.push({ externalId: row.externalId.trim() || null, attributes, answers });
  }
  return { keys, responses };
}

/** Cell errors from a validation error's issues (`responses.<i>.answers.<questionId>`), keyed `<rowKey>:<questionId>`. */
/** Each issue is worded by `word` (in the UI's language). */
export function cellErrors(issues: readonly ErrorIssue[], keys: readonly string[], word: (issue: ErrorIssue) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    const m = /^responses\.(\d+)\.(answers|attributes|externalId)\.?(.*)$/.exec(issue.path);
    if (!m) continue;
    const rowKey = keys[Number(m[1])];
    if (!rowKey) continue;
    const field = m[2] === 'answers' ? m[3]! : m[2] === 'attributes' ? `attr:${m[3]}` : 'externalId';
    out.set(`${rowKey}:${field}`, word(issue));
  }
  return out;
}

/** The scale a numeric answer must be on, if any. */
export function rangeOf(q: Question): [number, number] | null {
  if (q.type === 'nps') return [0, 10];
  if (q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null) return [q.scaleMin, q.scaleMax];
  return null;
}

/** Answers that cannot be saved, found before asking the backend: keyed `<rowKey>:<questionId>`, valued [answer, min, max]. */
export function outOfScale(rows: readonly EntryRow[], questions: readonly Question[]): Map<string, [number, number, number]> {
  const out = new Map<string, [number, number, number]>();
  for (const row of rows) {
    for (const q of questions) {
      const a = row.answers[q.id];
      const range = rangeOf(q);
      if (typeof a !== 'number' || !range) continue;
      if (a < range[0] || a > range[1] || !Number.isInteger(a)) out.set(`${row.key}:${q.id}`, [a, range[0], range[1]]);
    }
  }
  return out;
}
