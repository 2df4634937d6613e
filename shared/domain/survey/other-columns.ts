/**
 * LimeSurvey writes the text of a question's "Other" answer in a column of its own beside
 * the question: `Q3[other]` (or `Q3 [other]`, `Q3[other]. Text [Other]`) next to `Q3`, or
 * next to `Q4[SQ001]`… of a multiple-choice question; Qualtrics writes it as `Q3_4_TEXT`
 * ("Question - Other - Text") beside `Q3`. That column is the write-in of the question's
 * "Other" option, not a question: the option is counted and the text kept with it.
 */
import type { DetectedLayout } from './layout';
import { type ColumnMapping, type QuestionColumn, answerKey } from './mapping';

const OTHER_COLUMN = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*\[other\]/i;
/** Qualtrics: the text entry of choice 4 of Q3. */
const QUALTRICS_TEXT = /^([A-Za-z][A-Za-z0-9]*)_\d+_TEXT$/i;
const OTHER_LABEL = /^(other|others|其他|其它)\b|^(other|其他|其它)[\s(:：【[（]/i;
/** What LimeSurvey writes in the question's own column when "Other" was chosen. */
const OTHER_CODES = ['-oth-', 'other', '其他'];

/** Each "[other]" column, with the columns of the question it belongs to. */
export function otherColumns(layout: DetectedLayout): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const cols = layout.columns;
  cols.forEach((col, i) => {
    const stem = (OTHER_COLUMN.exec(col.code ?? '') ?? OTHER_COLUMN.exec(col.header) ?? (layout.tool === 'qualtrics' ? QUALTRICS_TEXT.exec(col.code ?? '') : null))?.[1]?.toLowerCase();
    if (!stem || col.role !== 'answer') return;
    const main = cols.filter((c, k) => k !== i && c.role === 'answer' && !OTHER_COLUMN.test(c.header) && belongsTo(c, stem)).map((c) => c.index);
    if (main.length > 0) out.set(i, main);
  });
  return out;
}

function belongsTo(col: DetectedLayout['columns'][number], stem: string): boolean {
  const code = (col.code ?? '').toLowerCase();
  const header = col.header.trim().toLowerCase();
  return code === stem || code.startsWith(`${stem}[`) || header === stem || header.startsWith(`${stem}.`) || header.startsWith(`${stem} `) || header.startsWith(`${stem}[`);
}

/**
 * Gives each question that has an "[other]" column an "Other" option (the one it has, or a
 * new one) and maps the column to it as write-in text. Questions that are not choices keep
 * the column as a question of its own.
 */
export function attachOtherColumns(columns: ColumnMapping[], others: ReadonlyMap<number, number[]>): void {
  for (const [col, mains] of others) {
    const first = columns[mains[0]!];
    if (!first || first.action !== 'question' || (first.type !== 'single' && first.type !== 'multiple')) continue;
    const labels = first.labels.map((l) => (OTHER_CODES.includes(answerKey(l.en)) ? { ...l, en: 'Other', 'zh-CN': '其他' } : l));
    let other = first.other ?? labels.find((l) => OTHER_LABEL.test(l.en.trim()))?.value ?? null;
    if (other === null) {
      other = Math.max(0, ...labels.map((l) => l.value)) + 1;
      labels.push({ value: other, en: 'Other', 'zh-CN': '其他' });
    }
    const withOther = (m: QuestionColumn): QuestionColumn => ({
      ...m,
      labels,
      other,
      values: { ...m.values, ...Object.fromEntries(OTHER_CODES.map((c) => [c, other])) },
    });
    for (const k of mains) {
      const m = columns[k];
      if (m?.action === 'question' && m.text === first.text && m.type === first.type) columns[k] = withOther(m);
    }
    columns[col] = { ...withOther(first), otherText: true };
  }
}
