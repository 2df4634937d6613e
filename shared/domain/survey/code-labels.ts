/**
 * 问卷星's option-number export ("按选项序号") writes 1, 2, 3 where its text export
 * ("按选项文本") of the same survey writes the options. Given both, each code learns its
 * option's text from the respondents the two files share (by 序号, else by row), and the
 * column is typed from those texts: "非常满意…" becomes a scale, not "1…5".
 */
import { isSkipped } from './answers';
import type { ColumnStats } from './infer';
import { inferQuestion } from './infer';
import type { DetectedLayout } from './layout';
import { type ColumnMapping, type ImportMapping, answerKey } from './mapping';

type Rows = readonly (readonly string[])[];
const CODE = /^\d{1,3}$/;
/** 问卷星 appends a write-in to its option: `其他〖我妈买的〗`. */
const WRITE_IN = /〖[\s\S]*〗\s*$/;

/** Per column of the code export: code → option text, for the columns the text export also has. */
export function codeTexts(codes: { layout: DetectedLayout; rows: Rows }, texts: { layout: DetectedLayout; rows: Rows }): Map<number, Map<string, string>> {
  const textCol = new Map<string, number>();
  for (const c of texts.layout.columns) if (c.role === 'answer') textCol.set(c.header.trim(), c.index);
  const pairs = rowPairs(codes, texts);
  const out = new Map<number, Map<string, string>>();
  for (const col of codes.layout.columns) {
    const t = textCol.get(col.header.trim());
    if (col.role !== 'answer' || t === undefined) continue;
    const seen = new Map<string, Map<string, number>>();
    let consistent = true;
    for (const [ci, ti] of pairs) {
      const code = (codes.rows[ci]![col.index] ?? '').trim();
      const text = (texts.rows[ti]![t] ?? '').replace(WRITE_IN, '').trim();
      if (!code || isSkipped(code, 'wenjuanxing') || !text || isSkipped(text, 'wenjuanxing')) continue;
      if (!CODE.test(code)) {
        consistent = false;
        break;
      }
      const m = seen.get(code) ?? new Map<string, number>();
      m.set(text, (m.get(text) ?? 0) + 1);
      seen.set(code, m);
    }
    if (!consistent || seen.size === 0) continue;
    const labels = new Map<string, string>();
    for (const [code, m] of seen) labels.set(code, [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
    // Two codes for one text means the columns do not match (a fill-in, a number): leave it.
    if (new Set(labels.values()).size === labels.size) out.set(col.index, labels);
  }
  return out;
}

/** Rows of the two files that hold the same respondent: by respondent id when both have one, else in order. */
function rowPairs(codes: { layout: DetectedLayout; rows: Rows }, texts: { layout: DetectedLayout; rows: Rows }): [number, number][] {
  const id = (l: DetectedLayout) => l.columns.find((c) => c.role === 'respondent-id')?.index;
  const [ca, ta] = [id(codes.layout), id(texts.layout)];
  const pairs: [number, number][] = [];
  if (ca !== undefined && ta !== undefined) {
    const byId = new Map<string, number>();
    for (let i = texts.layout.dataStartRow; i < texts.rows.length; i++) byId.set((texts.rows[i]![ta] ?? '').trim(), i);
    for (let i = codes.layout.dataStartRow; i < codes.rows.length; i++) {
      const t = byId.get((codes.rows[i]![ca] ?? '').trim());
      if (t !== undefined) pairs.push([i, t]);
    }
    if (pairs.length > 0) return pairs;
  }
  const n = Math.min(codes.rows.length - codes.layout.dataStartRow, texts.rows.length - texts.layout.dataStartRow);
  for (let k = 0; k < n; k++) pairs.push([codes.layout.dataStartRow + k, texts.layout.dataStartRow + k]);
  return pairs;
}

/**
 * Re-types the new questions of `mapping` whose codes have texts: from the answers as texts,
 * with each code also keyed to its option's value (and "don't know"-style options missing).
 */
export function applyCodeTexts(mapping: ImportMapping, layout: DetectedLayout, stats: readonly ColumnStats[], labels: ReadonlyMap<number, ReadonlyMap<string, string>>, tool: string): ImportMapping {
  const columns = mapping.columns.map((m, i): ColumnMapping => {
    const texts = labels.get(i);
    if (!texts || m.action !== 'question' || m.questionId !== null || m.type === 'multiple') return m;
    const s = stats[i];
    if (!s || !s.distinct.every((d) => texts.has(d.trim()))) return m;
    const translated: ColumnStats = { distinct: s.distinct.map((d) => texts.get(d.trim())!), filled: s.filled, counts: s.counts };
    const typed = inferQuestion(m.text, layout.columns[i]?.code ?? m.code, translated, tool);
    if (typed.action !== 'question') return m;
    // Options in the questionnaire's order (code order), not by frequency, when the column is a choice.
    const ordered = typed.type === 'single' ? [...texts.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, t]) => t) : null;
    const labelsOut = ordered ? ordered.map((t, k) => ({ value: k + 1, en: t, 'zh-CN': t })) : typed.labels;
    const byText = ordered ? Object.fromEntries(labelsOut.map((l) => [answerKey(l.en), l.value])) : typed.values;
    const values: Record<string, number> = { ...byText };
    const missing = new Set(typed.missing ?? []);
    for (const [code, text] of texts) {
      const v = byText[answerKey(text)];
      if (v !== undefined) values[code] = v;
      else if (missing.has(answerKey(text))) missing.add(code);
    }
    return { ...typed, labels: labelsOut, values, ...(missing.size ? { missing: [...missing] } : {}), ...(ordered ? { other: null } : {}) };
  });
  return { ...mapping, columns };
}
