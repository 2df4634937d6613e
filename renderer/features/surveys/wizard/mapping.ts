/**
 * Editing an import mapping in the wizard: what a column becomes when the user picks an
 * action, a question or a type, and which text answers still lack a value. The importer
 * reads answers the same way (shared/domain/survey/convert.ts).
 */
import { joinerOf, makeSplitter, matchScale, multiSeparator, splitMulti, toScaleValue, isSkipped } from '../../../../shared/domain/survey/answers';
import { inferQuestion } from '../../../../shared/domain/survey/auto-map';
import { questionKey } from '../../../../shared/domain/survey/convert';
import { type ColumnMapping, type QuestionColumn, answerKey } from '../../../../shared/domain/survey/mapping';
import type { Label, Question, QuestionType } from '../../../../shared/domain/survey/types';
import type { ImportPreview, PreviewColumn } from '../../../../shared/ops/import';

export type Action = ColumnMapping['action'];
export const ACTIONS: readonly Action[] = ['question', 'attribute', 'respondent-id', 'submitted-at', 'duration', 'ignore'];
export const ATTRIBUTE_NAMES = ['department', 'tier', 'region'] as const;

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LEADING_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–.:、)）]|分|$)/;

/** The question text a column suggests. */
export const columnText = (c: PreviewColumn): string => (c.subQuestion ? `${c.question} — ${c.subQuestion}` : c.question || c.header || c.letter).slice(0, 2000);

const valuesOfLabels = (labels: readonly Label[]): Record<string, number> =>
  Object.fromEntries(labels.flatMap((l) => [[answerKey(l['zh-CN']), l.value] as const, [answerKey(l.en), l.value] as const]).filter(([k]) => k !== ''));

/** Values recognised from a known label set ("Strongly agree", "非常满意") for a column's answers. */
function scaleValues(distinct: readonly string[]): Record<string, number> {
  const scale = matchScale(distinct);
  if (!scale) return {};
  const out: Record<string, number> = {};
  for (const raw of distinct) {
    const v = toScaleValue(raw, scale.values);
    if (v !== null) out[answerKey(raw)] = v;
  }
  return out;
}

/** A column mapped onto an existing question: its labels give the values, a known label set fills in the rest. */
export function existingMapping(q: Question, col: PreviewColumn): QuestionColumn {
  const values = { ...(q.type === 'likert' || q.type === 'nps' ? scaleValues(col.distinct) : {}), ...valuesOfLabels(q.labels) };
  return { action: 'question', questionId: q.id, type: q.type, text: q.text, code: q.code, scaleMin: q.scaleMin, scaleMax: q.scaleMax, labels: q.labels, values };
}

/** Options numbered 1, 2, 3… from the answers seen. */
function optionsFrom(answers: readonly string[]): { labels: Label[]; values: Record<string, number> } {
  const labels = answers.map((a, i) => ({ value: i + 1, 'zh-CN': a, en: a }));
  return { labels, values: valuesOfLabels(labels) };
}

/** A new question of `type` from a column, with what its answers suggest for that type. */
export function newMapping(col: PreviewColumn, tool: string, type: QuestionType | null, text?: string): QuestionColumn {
  const base = { action: 'question' as const, questionId: null, text: (text ?? columnText(col)).trim() || col.letter, code: col.code };
  const guessed = inferQuestion(base.text, base.code, { distinct: col.distinct, filled: col.filled }, tool) as QuestionColumn;
  if (type === null || type === guessed.type) return { ...guessed, text: base.text };
  switch (type) {
    case 'likert':
    case 'nps': {
      const values = scaleValues(col.distinct);
      const nums = Object.values(values);
      const [min, max] = type === 'nps' ? [0, 10] : nums.length ? [Math.min(...nums), Math.max(...nums)] : [1, 5];
      return { ...base, type, scaleMin: min, scaleMax: max, labels: [], values };
    }
    case 'single':
      return { ...base, type, scaleMin: null, scaleMax: null, ...optionsFrom(col.distinct) };
    case 'multiple': {
      // The joiner as the import reads it: the tool's own, or the one the answers use (",", "、", "|").
      const joiner = joinerOf(tool, col.distinct);
      const split = makeSplitter(tool, [], joiner);
      const parts = [...new Set(col.distinct.flatMap((d) => split(d)))];
      return { ...base, type, scaleMin: null, scaleMax: null, ...optionsFrom(parts), ...(joiner !== multiSeparator(tool) ? { joiner } : {}) };
    }
    default:
      return { ...base, type, scaleMin: null, scaleMax: null, labels: [], values: {} };
  }
}

/** What a column becomes when the user picks another action. */
export function mappingForAction(action: Action, col: PreviewColumn, suggested: ColumnMapping, tool: string): ColumnMapping {
  if (action === suggested.action) return suggested;
  if (action === 'question') return newMapping(col, tool, null);
  if (action === 'attribute') {
    const short = (col.question || col.header).trim().slice(0, 100);
    return { action, name: short || col.letter };
  }
  return { action };
}

/* Answers step */

export interface AnswerRow {
  raw: string;
  key: string;
  /** The value the importer will store, or null when the answer is not mapped. */
  value: number | null;
  /** True when the value comes from the map (editable entry), false when read from a leading number. */
  mapped: boolean;
  outside: boolean;
}

export interface AnswerGroup {
  key: string;
  mapping: QuestionColumn;
  columns: PreviewColumn[];
  rows: AnswerRow[];
  unmapped: number;
}

function rangeOf(q: QuestionColumn): [number, number] | null {
  if (q.type === 'nps') return [0, 10];
  if (q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null) return [q.scaleMin, q.scaleMax];
  return null;
}

/** Question columns whose answers are text, grouped by the question they fill, with each answer's value. */
export function answerGroups(preview: ImportPreview, columns: readonly ColumnMapping[]): AnswerGroup[] {
  const groups = new Map<string, { mapping: QuestionColumn; columns: PreviewColumn[] }>();
  columns.forEach((m, i) => {
    if (m.action !== 'question' || !['likert', 'nps', 'single', 'multiple'].includes(m.type)) return;
    const k = questionKey(m);
    const g = groups.get(k) ?? { mapping: m, columns: [] };
    g.columns.push(preview.columns[i]!);
    groups.set(k, g);
  });
  const out: AnswerGroup[] = [];
  for (const [key, g] of groups) {
    const q = g.mapping;
    const range = rangeOf(q);
    const seen = new Set<string>();
    const rows: AnswerRow[] = [];
    for (const col of g.columns) {
      const answers = q.type === 'multiple' && g.columns.length === 1 ? col.distinct.flatMap((d) => (q.joiner ? makeSplitter(preview.tool, [], q.joiner)(d) : splitMulti(d, preview.tool))) : col.distinct;
      for (const raw of answers) {
        const k = answerKey(raw);
        if (seen.has(k) || isSkipped(raw, preview.tool)) continue;
        seen.add(k);
        if (q.type !== 'multiple' && NUMERIC.test(raw.trim())) continue;
        const fromMap = q.values[k];
        const lead = q.type === 'multiple' ? null : LEADING_NUMBER.exec(raw);
        const value = fromMap ?? (lead ? Number(lead[1]) : null);
        const outside = value !== null && range !== null && (value < range[0] || value > range[1] || !Number.isInteger(value));
        rows.push({ raw, key: k, value, mapped: fromMap !== undefined, outside });
      }
    }
    if (rows.length) out.push({ key, mapping: q, columns: g.columns, rows, unmapped: rows.filter((r) => r.value === null || r.outside).length });
  }
  return out;
}

/**
 * Sets the value of one answer on every column of a question. A new choice question's
 * options follow its values: one option per value, worded as the first answer given it.
 */
export function withAnswerValue(columns: readonly ColumnMapping[], group: AnswerGroup, answer: AnswerRow, value: number | null): ColumnMapping[] {
  return columns.map((m) => {
    if (m.action !== 'question' || questionKey(m) !== group.key) return m;
    const values = { ...m.values };
    if (value === null) delete values[answer.key];
    else values[answer.key] = value;
    let labels = m.labels;
    if (m.questionId === null && (m.type === 'single' || m.type === 'multiple')) {
      const byValue = new Map<number, string>();
      for (const r of group.rows) {
        const v = values[r.key];
        if (v !== undefined && !byValue.has(v)) byValue.set(v, r.raw);
      }
      labels = [...byValue.entries()].sort((a, b) => a[0] - b[0]).map(([v, raw]) => m.labels.find((l) => l.value === v) ?? { value: v, 'zh-CN': raw, en: raw });
    }
    return { ...m, values, labels };
  });
}
