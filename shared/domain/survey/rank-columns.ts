/**
 * Ranking questions in an import: "rank these 6 services, 1 = most important" exports as one
 * column per option holding 1…6. The answers look like a 1–7 Likert scale, where "top-2-box"
 * would then mean the least favourite; such columns become `rank` questions instead. A column
 * is a rank when its header says so (rank, 排序, 排名) or when, across sibling columns of one
 * question, every respondent's answers are distinct whole numbers 1…N (a permutation).
 */
import type { DetectedLayout } from './layout';
import type { ImportMapping, QuestionColumn } from './mapping';

const RANK_HINT = /\brank(ing|ed)?\b|排序|排名|名次/i;
const INT = /^\s*\d+\s*$/;

const candidate = (m: ImportMapping['columns'][number] | undefined): m is QuestionColumn =>
  !!m && m.action === 'question' && m.questionId === null && (m.type === 'likert' || m.type === 'number');

/** Every respondent's non-empty answers across `cols` are distinct whole numbers in 1…n, and someone answered. */
function permutations(rows: readonly (readonly string[])[], start: number, cols: readonly number[], n: number): boolean {
  let answered = 0;
  for (let r = start; r < rows.length; r++) {
    const seen = new Set<number>();
    for (const c of cols) {
      const raw = (rows[r]![c] ?? '').trim();
      if (raw === '') continue;
      if (!INT.test(raw)) return false;
      const v = Number(raw);
      if (v < 1 || v > n || seen.has(v)) return false;
      seen.add(v);
    }
    if (seen.size >= 2) answered++;
  }
  return answered > 0;
}

const asRank = (m: QuestionColumn, n: number): QuestionColumn => ({ ...m, type: 'rank', scaleMin: 1, scaleMax: n, labels: [], values: {}, direction: 'lower-better' });

/** The suggested mapping with ranking columns typed `rank` (new questions only). */
export function markRankColumns(mapping: ImportMapping, layout: DetectedLayout, rows: readonly (readonly string[])[]): ImportMapping {
  const columns = [...mapping.columns];
  const groups = new Map<string, number[]>();
  layout.columns.forEach((col, i) => {
    if (col.subQuestion && col.question && candidate(columns[i])) groups.set(col.question, [...(groups.get(col.question) ?? []), i]);
  });
  for (const [question, cols] of groups) {
    const n = cols.length;
    if (n < 2 || n > 10) continue;
    if (RANK_HINT.test(question) || permutations(rows, layout.dataStartRow, cols.map((i) => layout.columns[i]!.index), n)) {
      for (const i of cols) columns[i] = asRank(columns[i] as QuestionColumn, n);
    }
  }
  columns.forEach((m, i) => {
    if (!candidate(m) || !RANK_HINT.test(m.text)) return;
    const values = rows.slice(layout.dataStartRow).map((r) => (r[layout.columns[i]?.index ?? i] ?? '').trim()).filter((v) => v !== '');
    if (!values.every((v) => INT.test(v))) return;
    const max = Math.max(...values.map(Number));
    if (values.every((v) => Number(v) >= 1) && max >= 2 && max <= 10) columns[i] = asRank(m, max);
  });
  return { ...mapping, columns };
}
