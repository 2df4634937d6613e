/**
 * Turns a table's data rows into typed answers under a column mapping. Nothing an answer
 * holds refuses the file: a write-in is stored under the question's "Other" option with its
 * text, a "don't know" is counted as missing, and a value the mapping did not expect is kept
 * as unscored text and reported as a warning (code, column, count, rows). Answers are kept
 * column-wise in typed arrays: 100,000 × 30 answers fit in a few tens of megabytes and are
 * written question by question, in the order the answers table is clustered.
 */
import { type ImportMapping, type QuestionColumn, answerKey, columnLetter } from './mapping';
import { isSkipped, makeSplitter, parseDateLoose, parseDuration } from './answers';
import { type ImportIssue, IssueCollector } from './issues';
import { flagOutliers } from './outliers';
import { type MetaJunk, isMetaJunk, metaWarnings } from './meta-columns';

/** An answer kept beside the scored ones: "don't know", a value off the mapping, an implausible number. */
export type NoteKind = 'missing' | 'unscored' | 'outlier';
export interface AnswerNote {
  /** 0-based data row. */
  row: number;
  kind: NoteKind;
  text: string;
}

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
  /** single and multiple: the write-in stored with its option ("Other"), per row. */
  writeIns: ({ value: number; text: string } | null)[] | null;
  notes: AnswerNote[];
}

export interface Converted {
  rowCount: number;
  externalIds: (string | null)[];
  submittedAt: (string | null)[];
  durations: Float64Array;
  attributes: { name: string; values: (string | null)[] }[];
  questions: ConvertedQuestion[];
  /** Rows the answers table receives: one per scale point, number, chosen option or text. */
  answers: number;
  /** Unexpected values, kept and reported; `--strict` refuses a file that has any. */
  warnings: ImportIssue[];
  warningCount: number;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const LEADING_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–.:、)）]|分|$)/;
/** 问卷星 writes a write-in after its option: `其他【请注明】〖我妈买的。〗`. */
const WJX_WRITE_IN = /^(.*?)〖([\s\S]*)〗\s*$/;

function numericAnswer(raw: string, q: QuestionColumn): number | null {
  const key = answerKey(raw);
  if (key in q.values) return q.values[key]!;
  // A code that means "don't know" (问卷星's number for 不适用) is missing, not its number.
  if (q.missing !== undefined && q.missing.length > 0 && q.missing.includes(key)) return null;
  if (NUMERIC.test(raw.trim())) return Number(raw);
  if (q.decimalComma && DECIMAL_COMMA.test(raw.trim())) return Number(raw.trim().replace(',', '.'));
  const lead = LEADING_NUMBER.exec(raw);
  return lead ? Number(lead[1]) : null;
}

function rangeOf(q: QuestionColumn): [number, number] | null {
  if (q.type === 'nps') return [0, 10];
  if (q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null) return [q.scaleMin, q.scaleMax];
  return null;
}

/**
 * The key of a question created by an import. The columns of one multiple-choice question
 * (one per option) share their question's text; any other new question is its own column,
 * told apart by its code too, so "Q1 How satisfied…" and "Q2 How satisfied…" stay two.
 */
export function newQuestionKey(type: string, code: string | null, text: string): string {
  return type === 'multiple' ? `new:${type}:${text}` : `new:${type}:${code ?? ''}:${text}`;
}

export function questionKey(q: QuestionColumn): string {
  return q.questionId ?? newQuestionKey(q.type, q.code, q.text);
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The option value and write-in text of a choice answer that is not one of the options; null when there is no "Other" to hold it. */
function writeIn(raw: string, q: QuestionColumn): { value: number; text: string } | null {
  const wjx = WJX_WRITE_IN.exec(raw);
  if (wjx) {
    const v = q.values[answerKey(wjx[1]!)];
    if (v !== undefined) return { value: v, text: wjx[2]!.trim() || raw };
  }
  return q.other === undefined || q.other === null ? null : { value: q.other, text: raw.trim() };
}

/** The text of an "Other" column: it chooses the option and is stored as its write-in. */
function otherText(cq: ConvertedQuestion, i: number, other: number, text: string): void {
  if (cq.multi) {
    const chosen = cq.multi[i] ?? [];
    if (!chosen.includes(other)) chosen.push(other);
    cq.multi[i] = chosen;
  } else if (cq.values) {
    if (!Number.isNaN(cq.values[i]!) && cq.values[i] !== other) return;
    cq.values[i] = other;
  } else return;
  const prev = cq.writeIns![i];
  cq.writeIns![i] = prev && prev.text.toLowerCase() !== 'other' && prev.text !== '-oth-' ? { value: other, text: `${prev.text}\n${text}` } : { value: other, text };
}

function newQuestion(key: string, m: QuestionColumn, n: number): ConvertedQuestion {
  const choice = m.type === 'single' || m.type === 'multiple';
  return {
    key,
    mapping: m,
    columns: [],
    values: m.type === 'multiple' || m.type === 'text' ? null : new Float64Array(n).fill(NaN),
    multi: m.type === 'multiple' ? new Array(n).fill(null) : null,
    texts: m.type === 'text' ? new Array(n).fill(null) : null,
    writeIns: choice ? new Array(n).fill(null) : null,
    notes: [],
  };
}

/**
 * Converts `rows` (the whole table, header rows included) under `mapping`.
 * `tool` decides how multiple-choice cells are split (问卷星 ┋, Google Forms ", ").
 */
export function convertTable(rows: readonly (readonly string[])[], mapping: ImportMapping, tool: string): Converted {
  const data = rows.slice(mapping.headerRows);
  const n = data.length;
  const issues = new IssueCollector();
  const rowOf = (i: number) => i + mapping.headerRows + 1;

  const externalIds: (string | null)[] = new Array(n).fill(null);
  const submittedAt: (string | null)[] = new Array(n).fill(null);
  const durations = new Float64Array(n).fill(NaN);
  const attributes: Converted['attributes'] = [];
  const byKey = new Map<string, ConvertedQuestion>();
  const meta = new Map<number, MetaJunk>();

  mapping.columns.forEach((m, col) => {
    if (m.action === 'attribute') attributes.push({ name: m.name, values: data.map((r) => (r[col] ?? '').trim() || null) });
    if (m.action === 'submitted-at' || m.action === 'duration') meta.set(col, { parsed: 0, junk: 0, unreadable: [] });
    if (m.action !== 'question') return;
    const key = questionKey(m);
    let cq = byKey.get(key);
    if (!cq) byKey.set(key, (cq = newQuestion(key, m, n)));
    else if (m.type !== 'multiple' && m.type !== 'text' && !m.otherText) {
      // Two columns holding one answer each for the same question: say which one wins.
      issues.add('import.answer.sameQuestion', columnLetter(col), null, { question: clip(m.text), first: columnLetter(cq.columns[0]!) });
    }
    cq.columns.push(col);
  });
  const splitters = new Map([...byKey.values()].filter((q) => q.multi).map((q) => [q, makeSplitter(tool, q.mapping.labels.flatMap((l) => [l.en, l['zh-CN']]), q.mapping.joiner)]));
  // A multiple choice written one column per option (not one joined column beside its "Other" text column).
  const perOption = new Set([...splitters.keys()].filter((q) => q.columns.filter((c) => !(mapping.columns[c] as QuestionColumn).otherText).length > 1));

  const unscored = (cq: ConvertedQuestion, i: number, col: number, raw: string, code: string, params: Record<string, string | number>) => {
    cq.notes.push({ row: i, kind: 'unscored', text: raw });
    issues.add(code, columnLetter(col), rowOf(i), { question: clip(cq.mapping.text), value: clip(raw.trim()), ...params });
  };
  const missing = (q: QuestionColumn, raw: string) => q.missing !== undefined && q.missing.length > 0 && q.missing.includes(answerKey(raw));

  for (let i = 0; i < n; i++) {
    const row = data[i]!;
    mapping.columns.forEach((m, col) => {
      const raw = row[col] ?? '';
      if (m.action === 'respondent-id') externalIds[i] = raw.trim() || null;
      else if (m.action === 'submitted-at' || m.action === 'duration') {
        const junk = meta.get(col)!;
        if (isMetaJunk(raw) || (m.action === 'duration' && isSkipped(raw, tool))) {
          if (raw.trim()) {
            junk.junk++;
            junk.sample ??= raw.trim();
          }
          return;
        }
        if (m.action === 'submitted-at') {
          const d = parseDateLoose(raw);
          if (d === null) junk.unreadable.push([i, raw]);
          else junk.parsed++;
          submittedAt[i] = d;
        } else {
          const s = parseDuration(raw);
          if (s === null) junk.unreadable.push([i, raw]);
          else {
            junk.parsed++;
            durations[i] = s;
          }
        }
      }
    });
    for (const cq of byKey.values()) {
      const q = cq.mapping;
      for (const col of cq.columns) {
        const raw = row[col] ?? '';
        if (raw.trim() === '' || isSkipped(raw, tool)) continue;
        if ((mapping.columns[col] as QuestionColumn).otherText && q.other !== undefined && q.other !== null) {
          otherText(cq, i, q.other, raw.trim());
          continue;
        }
        if (q.type === 'text') {
          cq.texts![i] = cq.texts![i] ? `${cq.texts![i]}\n${raw}` : raw;
        } else if (q.type === 'multiple') {
          // One column per option: each column's own mapping knows its option (问卷星 0/1 columns map "1" to it).
          const split = !perOption.has(cq);
          const own = split ? q : (mapping.columns[col] as QuestionColumn);
          if (!split && raw.trim() === '0' && own.values['1'] !== undefined) continue;
          const parts = split ? splitters.get(cq)!(raw) : [raw];
          const chosen = cq.multi![i] ?? [];
          for (const part of parts) {
            let v = own.values[answerKey(part)];
            if (v === undefined) {
              const w = missing(q, part) ? null : writeIn(part, q);
              if (w) {
                v = w.value;
                const prev = cq.writeIns![i];
                cq.writeIns![i] = prev ? { value: prev.value, text: `${prev.text}\n${w.text}` } : w;
              } else if (missing(q, part)) cq.notes.push({ row: i, kind: 'missing', text: part });
              else unscored(cq, i, col, part, 'import.answer.notOption', {});
            }
            if (v !== undefined && !chosen.includes(v)) chosen.push(v);
          }
          if (chosen.length) cq.multi![i] = chosen;
        } else {
          const v = numericAnswer(raw, q);
          const range = rangeOf(q);
          if (v === null || Number.isNaN(v)) {
            const w = q.type === 'single' && !missing(q, raw) ? writeIn(raw, q) : null;
            if (w) {
              cq.values![i] = w.value;
              cq.writeIns![i] = w;
            } else if (missing(q, raw)) cq.notes.push({ row: i, kind: 'missing', text: raw });
            else unscored(cq, i, col, raw, q.type === 'number' ? 'import.answer.notNumber' : q.type === 'single' ? 'import.answer.notOption' : 'import.answer.notOnScale', {});
          } else if (range && (v < range[0] || v > range[1] || !Number.isInteger(v))) {
            unscored(cq, i, col, raw, 'import.answer.outOfScale', { min: range[0], max: range[1] });
          } else {
            cq.values![i] = v;
          }
        }
      }
    }
  }
  metaWarnings(meta, mapping, issues);
  const questions = [...byKey.values()];
  for (const cq of questions) {
    if (cq.mapping.type !== 'number') continue;
    const flagged = flagOutliers(cq.values!, mapping.keepOutliers === true);
    for (const i of flagged.rows) {
      issues.add(mapping.keepOutliers ? 'import.answer.outliersKept' : 'import.answer.outliers', columnLetter(cq.columns[0]!), rowOf(i), { question: clip(cq.mapping.text), low: flagged.low, high: flagged.high });
      if (!mapping.keepOutliers) cq.notes.push({ row: i, kind: 'outlier', text: String(flagged.raw.get(i)) });
    }
  }
  return { rowCount: n, externalIds, submittedAt, durations, attributes, questions, answers: countAnswers(questions, n), warnings: issues.list(), warningCount: issues.total };
}

/** Exactly the rows the writer inserts into the answers table. */
function countAnswers(questions: readonly ConvertedQuestion[], n: number): number {
  let answers = 0;
  for (const q of questions) {
    for (let i = 0; i < n; i++) {
      if (q.values && !Number.isNaN(q.values[i]!)) answers++;
      else if (q.multi && q.multi[i]) answers += q.multi[i]!.length;
      else if (q.texts && q.texts[i] !== null) answers++;
    }
  }
  return answers;
}
