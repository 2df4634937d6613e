/**
 * Suggests how each column of an imported table maps onto a survey: metadata by the
 * detected layout, attributes by header, existing questions by code or text, and new
 * questions typed from their answers (0–10 → NPS, a known label set → Likert, few
 * distinct answers → single choice, `┋`-joined answers → multiple choice, else text).
 */
import { matchScale, splitMulti, toScaleValue } from './answers';
import type { DetectedLayout } from './layout';
import { type ColumnMapping, type ImportMapping, type SavedMapping, answerKey } from './mapping';
import type { Label, Question } from './types';

export interface ColumnStats {
  /** Distinct non-empty answers, most frequent first. */
  distinct: string[];
  filled: number;
}

const ATTRIBUTES: [RegExp, string][] = [
  [/部门|科室|department|\bdept\b/i, 'department'],
  [/客户层级|客户等级|层级|\btier\b|segment/i, 'tier'],
  [/地区|区域|省份|城市|region|province|city/i, 'region'],
];
const NPS_HINT = /likely|recommend|推荐|\bnps\b/i;
const NUMERIC = /^[+-]?\d+(\.\d+)?$/;
const MAX_SINGLE_OPTIONS = 15;

export function columnStats(rows: readonly (readonly string[])[], headerRows: number, column: number, isSkipped: (raw: string) => boolean): ColumnStats {
  const counts = new Map<string, number>();
  let filled = 0;
  for (let i = headerRows; i < rows.length; i++) {
    const raw = (rows[i]![column] ?? '').trim();
    if (raw === '' || isSkipped(raw)) continue;
    filled++;
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  return { distinct: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v), filled };
}

const optionLabels = (options: string[]): Label[] => options.map((o, i) => ({ value: i + 1, 'zh-CN': o, en: o }));
const valuesOf = (labels: Label[]): Record<string, number> =>
  Object.fromEntries(labels.flatMap((l) => [[answerKey(l['zh-CN']), l.value] as const, [answerKey(l.en), l.value] as const]));

function fromExisting(q: Question): ColumnMapping {
  return { action: 'question', questionId: q.id, type: q.type, text: q.text, code: q.code, scaleMin: q.scaleMin, scaleMax: q.scaleMax, labels: q.labels, values: valuesOf(q.labels) };
}

/** Types a new question from its answers. */
export function inferQuestion(text: string, code: string | null, stats: ColumnStats, tool: string): ColumnMapping {
  const base = { action: 'question' as const, questionId: null, text, code };
  const d = stats.distinct;
  if (d.length === 0) return { ...base, type: 'text', scaleMin: null, scaleMax: null, labels: [], values: {} };
  if (d.every((v) => NUMERIC.test(v))) {
    const nums = d.map(Number);
    const ints = nums.every(Number.isInteger);
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    if (ints && min >= 0 && max <= 10 && (max > 7 || NPS_HINT.test(text))) return { ...base, type: 'nps', scaleMin: 0, scaleMax: 10, labels: [], values: {} };
    if (ints && min >= 1 && max <= 5) return { ...base, type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], values: {} };
    if (ints && min >= 1 && max <= 7) return { ...base, type: 'likert', scaleMin: 1, scaleMax: 7, labels: [], values: {} };
    return { ...base, type: 'number', scaleMin: null, scaleMax: null, labels: [], values: {} };
  }
  const scale = matchScale(d);
  if (scale) {
    const values: Record<string, number> = {};
    for (const raw of d) {
      const v = toScaleValue(raw, scale.values);
      if (v !== null) values[answerKey(raw)] = v;
    }
    const nums = Object.values(scale.values);
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    const type = min === 0 && max === 10 ? 'nps' : 'likert';
    return { ...base, type, scaleMin: min, scaleMax: max, labels: [], values };
  }
  const parts = new Set<string>();
  let joined = false;
  for (const raw of d) {
    const split = splitMulti(raw, tool);
    if (split.length > 1) joined = true;
    split.forEach((p) => parts.add(p.trim()));
  }
  if (joined && (tool === 'wenjuanxing' || tool === 'google-forms' || d.some((v) => v.includes('┋')))) {
    const labels = optionLabels([...parts]);
    return { ...base, type: 'multiple', scaleMin: null, scaleMax: null, labels, values: valuesOf(labels) };
  }
  if (d.length <= MAX_SINGLE_OPTIONS && d.every((v) => v.length <= 200)) {
    const labels = optionLabels(d);
    return { ...base, type: 'single', scaleMin: null, scaleMax: null, labels, values: valuesOf(labels) };
  }
  return { ...base, type: 'text', scaleMin: null, scaleMax: null, labels: [], values: {} };
}

/**
 * SurveyMonkey and Qualtrics export a "select all that apply" question as one column per
 * option, each holding the option's text or nothing. Such sibling columns become one
 * multiple-choice question.
 */
function checkboxGroups(layout: DetectedLayout, stats: readonly ColumnStats[]): Map<number, ColumnMapping> {
  const byQuestion = new Map<string, number[]>();
  layout.columns.forEach((col, i) => {
    if (col.role !== 'answer' || !col.subQuestion || !col.question) return;
    byQuestion.set(col.question, [...(byQuestion.get(col.question) ?? []), i]);
  });
  const out = new Map<number, ColumnMapping>();
  for (const [question, cols] of byQuestion) {
    if (cols.length < 2 || !cols.every((i) => (stats[i]?.distinct.length ?? 0) <= 1)) continue;
    const options = cols.map((i) => stats[i]?.distinct[0] ?? layout.columns[i]!.subQuestion!);
    const labels = optionLabels(options);
    const mapping: ColumnMapping = { action: 'question', questionId: null, type: 'multiple', text: question, code: layout.columns[cols[0]!]!.code, scaleMin: null, scaleMax: null, labels, values: valuesOf(labels) };
    for (const i of cols) out.set(i, mapping);
  }
  return out;
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
  const optionColumns = checkboxGroups(layout, stats);
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
    const group = optionColumns.get(i);
    if (group) return group;
    const text = col.subQuestion ? `${col.question} — ${col.subQuestion}` : col.question || col.header;
    const existing = (col.code && byCode.get(col.code.toLowerCase())) || byText.get(answerKey(text)) || byText.get(answerKey(col.header));
    if (existing) return fromExisting(existing);
    return inferQuestion(text, col.code, stats[i] ?? { distinct: [], filled: 0 }, layout.tool);
  });
  return { mapping: { headerRows: layout.dataStartRow, columns }, savedUsed };
}

/** What to remember for the next round: every column's mapping by its header. */
export function toSavedMapping(layout: DetectedLayout, mapping: ImportMapping, createdIds: ReadonlyMap<string, string>): SavedMapping {
  const byHeader: SavedMapping['byHeader'] = {};
  layout.columns.forEach((col, i) => {
    const m = mapping.columns[i];
    if (!m) return;
    if (m.action === 'question' && m.questionId === null) {
      const id = createdIds.get(`new:${m.type}:${m.text}`);
      byHeader[col.header] = id ? { ...m, questionId: id } : m;
    } else byHeader[col.header] = m;
  });
  return { byHeader };
}
