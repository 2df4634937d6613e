/**
 * Suggests how each column of an imported table maps onto a survey: metadata by the
 * detected layout, attributes by header, existing questions by code or text, and new
 * questions typed from all their answers (see infer.ts).
 */
export { type ColumnStats, inferQuestion } from './infer';
import { type ColumnStats, inferQuestion, valuesOf } from './infer';
import type { DetectedLayout } from './layout';
import { type ColumnMapping, type ImportMapping, type SavedMapping, answerKey } from './mapping';
import { questionKey } from './convert';
import { attachOtherColumns, otherColumns } from './other-columns';
import type { Label, Question } from './types';

const ATTRIBUTES: [RegExp, string][] = [
  [/部门|科室|department|\bdept\b/i, 'department'],
  [/客户层级|客户等级|层级|\btier\b|segment/i, 'tier'],
  [/地区|区域|省份|城市|region|province|city/i, 'region'],
];

export function columnStats(rows: readonly (readonly string[])[], headerRows: number, column: number, isSkipped: (raw: string) => boolean): ColumnStats {
  const counts = new Map<string, number>();
  let filled = 0;
  for (let i = headerRows; i < rows.length; i++) {
    const raw = (rows[i]![column] ?? '').trim();
    if (raw === '' || isSkipped(raw)) continue;
    filled++;
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return { distinct: sorted.map(([v]) => v), filled, counts: sorted.map(([, c]) => c) };
}

/** The name layout detection gives a column whose header cell is empty. */
const UNNAMED = /^Column [A-Z]{1,3}$/;

const optionLabels = (options: string[]): Label[] => options.map((o, i) => ({ value: i + 1, 'zh-CN': o, en: o }));

function fromExisting(q: Question): ColumnMapping {
  return { action: 'question', questionId: q.id, type: q.type, text: q.text, code: q.code, scaleMin: q.scaleMin, scaleMax: q.scaleMax, labels: q.labels, values: valuesOf(q.labels) };
}

/**
 * SurveyMonkey and Qualtrics export a "select all that apply" question as one column per
 * option, each holding the option's text or nothing. Such sibling columns become one
 * multiple-choice question.
 */
function checkboxGroups(layout: DetectedLayout, stats: readonly ColumnStats[], skip: ReadonlyMap<number, unknown>): Map<number, ColumnMapping> {
  const byQuestion = new Map<string, number[]>();
  layout.columns.forEach((col, i) => {
    if (col.role !== 'answer' || !col.subQuestion || !col.question || skip.has(i)) return;
    byQuestion.set(col.question, [...(byQuestion.get(col.question) ?? []), i]);
  });
  const out = new Map<number, ColumnMapping>();
  for (const [question, cols] of byQuestion) {
    if (cols.length < 2) continue;
    const code = layout.columns[cols[0]!]!.code;
    if (cols.every((i) => (stats[i]?.distinct ?? []).every((v) => v === '0' || v === '1'))) {
      // 问卷星's option-number export: one 0/1 column per option ("第6题(运动)"); "1" in a column chooses its option.
      const labels = optionLabels(cols.map((i) => layout.columns[i]!.subQuestion!));
      cols.forEach((i, k) => {
        out.set(i, { action: 'question', questionId: null, type: 'multiple', text: question, code, scaleMin: null, scaleMax: null, labels, values: { ...valuesOf(labels), '1': k + 1 } });
      });
      continue;
    }
    if (!cols.every((i) => (stats[i]?.distinct.length ?? 0) <= 1)) continue;
    const marks = new Set(cols.map((i) => stats[i]?.distinct[0]).filter((v): v is string => v !== undefined));
    if (marks.size === 1 && cols.filter((i) => stats[i]?.distinct.length).length >= 2) {
      // Every option column holds the same mark ("Y", "Yes", "是"): the options are the sub-question names.
      const mark = answerKey([...marks][0]!);
      const labels = optionLabels(cols.map((i) => layout.columns[i]!.subQuestion!));
      cols.forEach((i, k) => {
        out.set(i, { action: 'question', questionId: null, type: 'multiple', text: question, code, scaleMin: null, scaleMax: null, labels, values: { ...valuesOf(labels), [mark]: k + 1 } });
      });
      continue;
    }
    const options = cols.map((i) => stats[i]?.distinct[0] ?? layout.columns[i]!.subQuestion!);
    const labels = optionLabels(options);
    const mapping: ColumnMapping = { action: 'question', questionId: null, type: 'multiple', text: question, code, scaleMin: null, scaleMax: null, labels, values: valuesOf(labels) };
    for (const i of cols) out.set(i, mapping);
  }
  return out;
}

/**
 * Whether a 问卷星 file holds option numbers ("按选项序号") rather than answer texts: a text
 * download has choice columns of recurring words (男 / 女, 非常满意 …); in a number download
 * every choice is a number and words are only in fill-ins, which seldom repeat.
 */
function holdsOptionCodes(layout: DetectedLayout, stats: readonly ColumnStats[]): boolean {
  if (layout.tool !== 'wenjuanxing') return false;
  return !layout.columns.some((col, i) => {
    const s = stats[i];
    if (col.role !== 'answer' || !s || s.filled < 10 || s.distinct.length > 30) return false;
    return s.filled >= 3 * s.distinct.length && s.distinct.every((v) => !/^[+-]?\d+(\.\d+)?$/.test(v));
  });
}

/** The mapping suggested for a table, preferring the survey's saved mapping column by column. */
export function suggestMapping(
  layout: DetectedLayout,
  stats: readonly ColumnStats[],
  questions: readonly Question[],
  saved: SavedMapping | null,
): { mapping: ImportMapping; savedUsed: boolean } {
  const byCode = new Map(questions.filter((q) => q.code).map((q) => [q.code!.toLowerCase(), q]));
  const byText = new Map(questions.map((q) => [answerKey(q.text), q]));
  const ids = new Set(questions.map((q) => q.id));
  let savedUsed = false;
  const others = otherColumns(layout);
  const optionColumns = checkboxGroups(layout, stats, others);
  const optionCodes = holdsOptionCodes(layout, stats);
  const columns = layout.columns.map((col, i): ColumnMapping => {
    const remembered = saved?.byHeader[col.header];
    if (remembered && (remembered.action !== 'question' || remembered.questionId === null || ids.has(remembered.questionId))) {
      savedUsed = true;
      return remembered;
    }
    if (col.role === 'respondent-id' || col.role === 'submitted-at' || col.role === 'duration') return { action: col.role };
    // A short label such as "部门" or "Region" describes the respondent; "Which departments did you visit?" is a question.
    const short = col.header.replace(/^\s*\d+[、.．]\s*/, '').trim();
    const attribute = short.length <= 24 && !/[?？]/.test(short) ? ATTRIBUTES.find(([re]) => re.test(short))?.[1] : undefined;
    if (attribute && (stats[i]?.distinct.length ?? 0) <= 200) return { action: 'attribute', name: attribute };
    if (col.role === 'metadata') return { action: 'ignore' };
    // A column with neither a header nor an answer: the empty field after a trailing comma (腾讯问卷, legacy Qualtrics).
    if ((stats[i]?.filled ?? 0) === 0 && col.code === null && UNNAMED.test(col.header)) return { action: 'ignore' };
    const group = optionColumns.get(i);
    if (group) return group;
    const text = col.subQuestion ? `${col.question} — ${col.subQuestion}` : col.question || col.header;
    const existing = (col.code && byCode.get(col.code.toLowerCase())) || byText.get(answerKey(text)) || byText.get(answerKey(col.header));
    if (existing) return fromExisting(existing);
    return inferQuestion(text, col.code, stats[i] ?? { distinct: [], filled: 0 }, layout.tool, optionCodes);
  });
  attachOtherColumns(columns, others);
  return { mapping: { headerRows: layout.dataStartRow, columns }, savedUsed };
}

/** What to remember for the next round: every column's mapping by its header. */
export function toSavedMapping(layout: DetectedLayout, mapping: ImportMapping, createdIds: ReadonlyMap<string, string>): SavedMapping {
  const byHeader: SavedMapping['byHeader'] = {};
  layout.columns.forEach((col, i) => {
    const m = mapping.columns[i];
    if (!m) return;
    if (m.action === 'question' && m.questionId === null) {
      const id = createdIds.get(questionKey(m));
      byHeader[col.header] = id ? { ...m, questionId: id } : m;
    } else byHeader[col.header] = m;
  });
  return { byHeader };
}
