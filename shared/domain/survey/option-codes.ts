/**
 * Which columns of an option-number export (问卷星 "按选项序号") still hold bare numbers, and
 * which read their numbers as option texts under a mapping — given by the survey's text
 * export or remembered from an earlier import — so the wizard and the CLI can say so.
 */
import { isSkipped } from './answers';
import { columnStats } from './auto-map';
import type { DetectedLayout } from './layout';
import { type ColumnMapping, type SavedMapping, answerKey, columnLetter } from './mapping';

type Rows = readonly (readonly string[])[];
const CODE = /^\d{1,3}$/;

/** A new single-choice question whose options are only numbers "1", "2", "3"… (no texts known). */
export function isNumberedOptions(m: ColumnMapping): boolean {
  return m.action === 'question' && m.questionId === null && m.type === 'single' && m.labels.length > 0 && m.labels.every((l, k) => l.en === String(k + 1));
}

/** How many columns of a 问卷星 file are numbered options, i.e. would read better with the text export. */
export function numberedOptionColumns(tool: string, columns: readonly ColumnMapping[]): number {
  return tool === 'wenjuanxing' ? columns.filter(isNumberedOptions).length : 0;
}

/** How many columns held bare option numbers under `plain` and read as texts under `named` (the same file's mapping with its text export). */
export function namedColumns(plain: readonly ColumnMapping[], named: readonly ColumnMapping[]): number {
  return named.filter((m, i) => plain[i] !== undefined && isNumberedOptions(plain[i]) && !isNumberedOptions(m)).length;
}

export interface CodeTextColumn {
  /** Column index in the file, and its letter. */
  index: number;
  column: string;
  question: string;
  /** Each code found in the column with its option's text, in code order. */
  options: { code: string; text: string }[];
  /** Answers in the column. */
  cells: number;
  /** The survey's saved mapping reads these codes the same way (it is where the texts came from when no text export was given). */
  saved: boolean;
}

/** The text a code reads as under `m`, or null when it reads as a number (or not at all). */
function textOf(m: Extract<ColumnMapping, { action: 'question' }>, code: string): string | null {
  const v = m.values[answerKey(code)];
  const label = v === undefined ? undefined : m.labels.find((l) => l.value === v);
  const text = label?.['zh-CN'] || label?.en;
  return text && !CODE.test(text.trim()) ? text : null;
}

/**
 * The columns whose answers are all option numbers and which `mapping` reads as option
 * texts (a code the mapping counts as "no answer", such as 不适用, may stay without one).
 */
export function codeTextColumns(layout: DetectedLayout, rows: Rows, mapping: readonly ColumnMapping[], saved: SavedMapping | null): CodeTextColumn[] {
  const out: CodeTextColumn[] = [];
  layout.columns.forEach((col, i) => {
    const m = mapping[i];
    if (!m || m.action !== 'question' || m.type === 'multiple' || m.otherText) return;
    // Cheap test first: a mapping that keys no code to a text needs no look at the rows.
    if (!Object.keys(m.values).some((k) => CODE.test(k) && textOf(m, k) !== null)) return;
    const stats = columnStats(rows, layout.dataStartRow, col.index, (raw) => isSkipped(raw, layout.tool));
    if (stats.distinct.length === 0 || !stats.distinct.every((d) => CODE.test(d))) return;
    const missing = new Set(m.missing ?? []);
    const options: CodeTextColumn['options'] = [];
    for (const code of [...stats.distinct].sort((a, b) => Number(a) - Number(b))) {
      const text = textOf(m, code);
      if (text !== null) options.push({ code, text });
      else if (!missing.has(answerKey(code))) return;
    }
    if (options.length === 0) return;
    const s = saved?.byHeader[col.header];
    const same = s?.action === 'question' && stats.distinct.every((d) => s.values[answerKey(d)] === m.values[answerKey(d)] && textOf(s, d) === textOf(m, d));
    out.push({ index: i, column: columnLetter(col.index), question: m.text, options, cells: stats.filled, saved: same });
  });
  return out;
}
