/**
 * The comparison as one flat CSV table: UTF-8 with a byte-order mark (so Excel reads Chinese
 * right), CRLF line ends, and text cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) prefixed with a single quote.
 * Numbers are written as numbers and never prefixed, negative ones included.
 */
import { explainItem } from '../../../shared/domain/compare/explain';
import type { ComparisonItem } from '../../../shared/ops/compare';
import type { ReportInput } from './model';
import { itemLabel, REPORT_STRINGS } from './strings';

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert and quoted when it needs to be. */
export function textCell(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number at a sensible precision (no binary noise such as 0.30000000000000004). */
export function numberCell(x: number): string {
  if (!Number.isFinite(x)) return '';
  return String(Number(x.toPrecision(Math.abs(x) < 1 ? 6 : 10)));
}

const cell = (v: Cell) => (v === null ? '' : typeof v === 'number' ? numberCell(v) : textCell(v));

export function toCsv(rows: readonly Cell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function reportCsv(input: ReportInput): string {
  const s = REPORT_STRINGS[input.lang];
  const c = s.col;
  const b = s.before;
  const a = s.after;
  const header = [c.group, c.kind, c.item, c.text, `${b} ${c.n}`, `${b} ${c.mean}`, `${b} ${c.top2}`, `${b} ${c.nps}`, `${a} ${c.n}`, `${a} ${c.mean}`, `${a} ${c.top2}`, `${a} ${c.nps}`, c.delta, c.p, c.q, c.significant, c.direction, c.smallSample, c.hidden, c.explanation];
  const row = (i: ComparisonItem): Cell[] => [
    i.group ?? s.overallGroup,
    s.kind[i.kind],
    itemLabel(i, s),
    i.text,
    i.before.n,
    i.before.mean,
    i.before.top2,
    i.before.nps?.nps ?? null,
    i.after.n,
    i.after.mean,
    i.after.top2,
    i.after.nps?.nps ?? null,
    i.delta,
    i.p,
    i.q,
    i.hidden ? null : i.significant ? s.yes : s.no,
    s.direction[i.verdict],
    i.smallSample ? s.yes : s.no,
    i.hidden ? s.yes : s.no,
    explainItem(i, input.lang, input.comparison.privacyMin),
  ];
  return toCsv([header, ...input.comparison.items.map(row)]);
}
