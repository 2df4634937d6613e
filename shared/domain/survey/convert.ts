/**
 * Turns a table's data rows into typed answers under a column mapping, collecting every
 * problem with its spreadsheet row and column before anything is written. Answers are
 * kept column-wise in typed arrays: 100,000 × 30 answers fit in a few tens of megabytes
 * and are written question by question, in the order the answers table is clustered.
 */
import { type ImportMapping, type ImportProblem, type QuestionColumn, answerKey, columnLetter } from './mapping';
import { isSkipped, parseDateLoose, parseDuration, splitMulti } from './answers';

export interface ConvertedQuestion {
  /** Key that groups columns into one question: an existing id, or `new:<text>`. */
  key: string;
  mapping: QuestionColumn;
  columns: number[];
  /** likert, nps, single, number: one value per row, NaN when missing. */
  values: Float64Array | null;
  /** multiple: the chosen option values per row (null when none). */
  multi: (number[] | null)[] | null;
  /** text: the answer per row. */
  texts: (string | null)[] | null;
}

export interface Converted {
  rowCount: number;
  externalIds: (string | null)[];
  submittedAt: (string | null)[];
  durations: Float64Array;
  attributes: { name: string; values: (string | null)[] }[];
  questions: ConvertedQuestion[];
  answers: number;
  problems: ImportProblem[];
  problemCount: number;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LEADING_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–.:、)）]|分|$)/;

function numericAnswer(raw: string, q: QuestionColumn): number | null {
  const key = answerKey(raw);
  if (key in q.values) return q.values[key]!;
  if (NUMERIC.test(raw.trim())) return Number(raw);
  const lead = LEADING_NUMBER.exec(raw);
  return lead ? Number(lead[1]) : null;
}

function rangeOf(q: QuestionColumn): [number, number] | null {
  if (q.type === 'nps') return [0, 10];
  if (q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null) return [q.scaleMin, q.scaleMax];
  return null;
}

export function questionKey(q: QuestionColumn): string {
  return q.questionId ?? `new:${q.type}:${q.text}`;
}

/**
 * Converts `rows` (the whole table, header rows included) under `mapping`.
 * `tool` decides how multiple-choice cells are split (问卷星 ┋, Google Forms ", ").
 */
export function convertTable(rows: readonly (readonly string[])[], mapping: ImportMapping, tool: string, maxProblems = 500): Converted {
  const data = rows.slice(mapping.headerRows);
  const n = data.length;
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const problem = (i: number, col: number, message: string) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push({ row: i + mapping.headerRows + 1, column: columnLetter(col), message });
  };

  const externalIds: (string | null)[] = new Array(n).fill(null);
  const submittedAt: (string | null)[] = new Array(n).fill(null);
  const durations = new Float64Array(n).fill(NaN);
  const attributes: Converted['attributes'] = [];
  const byKey = new Map<string, ConvertedQuestion>();

  mapping.columns.forEach((m, col) => {
    if (m.action === 'attribute') attributes.push({ name: m.name, values: data.map((r) => (r[col] ?? '').trim() || null) });
    if (m.action !== 'question') return;
    const key = questionKey(m);
    let cq = byKey.get(key);
    if (!cq) {
      cq = {
        key,
        mapping: m,
        columns: [],
        values: m.type === 'multiple' || m.type === 'text' ? null : new Float64Array(n).fill(NaN),
        multi: m.type === 'multiple' ? new Array(n).fill(null) : null,
        texts: m.type === 'text' ? new Array(n).fill(null) : null,
      };
      byKey.set(key, cq);
    }
    cq.columns.push(col);
  });

  let answers = 0;
  for (let i = 0; i < n; i++) {
    const row = data[i]!;
    mapping.columns.forEach((m, col) => {
      const raw = row[col] ?? '';
      if (m.action === 'respondent-id') externalIds[i] = raw.trim() || null;
      else if (m.action === 'submitted-at' && raw.trim()) {
        const d = parseDateLoose(raw);
        if (d === null) problem(i, col, `“${raw.slice(0, 60)}” is not a date this importer understands`);
        submittedAt[i] = d;
      } else if (m.action === 'duration' && raw.trim() && !isSkipped(raw, tool)) {
        const s = parseDuration(raw);
        if (s === null) problem(i, col, `“${raw.slice(0, 60)}” is not a duration`);
        else durations[i] = s;
      }
    });
    for (const cq of byKey.values()) {
      const q = cq.mapping;
      for (const col of cq.columns) {
        const raw = row[col] ?? '';
        if (raw.trim() === '' || isSkipped(raw, tool)) continue;
        if (q.type === 'text') {
          cq.texts![i] = cq.texts![i] ? `${cq.texts![i]}\n${raw}` : raw;
          answers++;
        } else if (q.type === 'multiple') {
          const parts = cq.columns.length > 1 ? [raw] : splitMulti(raw, tool);
          const chosen = cq.multi![i] ?? [];
          for (const part of parts) {
            const v = q.values[answerKey(part)];
            if (v === undefined) problem(i, col, `“${part.slice(0, 60)}” is not one of the options of “${q.text.slice(0, 60)}”`);
            else if (!chosen.includes(v)) chosen.push(v);
          }
          if (chosen.length) {
            answers += chosen.length - (cq.multi![i]?.length ?? 0);
            cq.multi![i] = chosen;
          }
        } else {
          const v = numericAnswer(raw, q);
          const range = rangeOf(q);
          if (v === null || Number.isNaN(v)) {
            problem(i, col, `“${raw.slice(0, 60)}” is not ${q.type === 'number' ? 'a number' : 'one of the answers mapped for this question'}`);
          } else if (range && (v < range[0] || v > range[1] || !Number.isInteger(v))) {
            problem(i, col, `${v} is outside the scale ${range[0]}–${range[1]}`);
          } else {
            if (Number.isNaN(cq.values![i]!)) answers++;
            cq.values![i] = v;
          }
        }
      }
    }
  }
  return { rowCount: n, externalIds, submittedAt, durations, attributes, questions: [...byKey.values()], answers, problems, problemCount };
}
