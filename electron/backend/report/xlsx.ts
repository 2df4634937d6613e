/**
 * The comparison as a workbook: one sheet per breakdown (whole rounds, then each group) with
 * real numbers and number formats, a frozen header row and an autofilter; a sheet of the raw
 * aggregates per round; the map-version comparison when there is one; and the method notes.
 */
import ExcelJS from 'exceljs';
import { explainItem } from '../../../shared/domain/compare/explain';
import type { ComparisonItem } from '../../../shared/ops/compare';
import { itemsByGroup, type ReportInput } from './model';
import { itemLabel, REPORT_STRINGS, type ReportStrings } from './strings';

const FMT = {
  int: '#,##0',
  mean: '0.00',
  share: '0.0%',
  delta: '+0.00;-0.00;0.00',
  nps: '+0.0;-0.0;0.0',
  p: '[<0.0001]"<0.0001";0.0000',
  d: '+0.00;-0.00;0.00',
};

interface Column {
  header: string;
  width: number;
  fmt?: string;
  value: (i: ComparisonItem) => string | number | boolean | null;
}

/** Excel's rules for sheet names: 31 characters, none of []:*?/\, unique regardless of case. */
export function sheetName(raw: string, taken: Set<string>): string {
  const clean = raw.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${clean.slice(0, 31 - String(k).length - 1)} ${k}`;
  taken.add(name.toLowerCase());
  return name;
}

function itemColumns(s: ReportStrings, input: ReportInput): Column[] {
  const c = s.col;
  const side = (which: 'before' | 'after'): Column[] => {
    const w = s[which];
    return [
      { header: `${w} ${c.n}`, width: 10, fmt: FMT.int, value: (i) => i[which].n },
      { header: `${w} ${c.mean}`, width: 10, fmt: FMT.mean, value: (i) => i[which].mean },
      { header: `${w} ${c.top2}`, width: 11, fmt: FMT.share, value: (i) => i[which].top2 },
      { header: `${w} ${c.nps}`, width: 9, fmt: FMT.nps, value: (i) => i[which].nps?.nps ?? null },
    ];
  };
  return [
    { header: c.kind, width: 12, value: (i) => s.kind[i.kind] },
    { header: c.item, width: 30, value: (i) => itemLabel(i, s) },
    { header: c.text, width: 40, value: (i) => i.text },
    ...side('before'),
    ...side('after'),
    { header: c.delta, width: 9, fmt: FMT.delta, value: (i) => i.delta },
    { header: c.p, width: 9, fmt: FMT.p, value: (i) => i.p },
    { header: c.q, width: 10, fmt: FMT.p, value: (i) => i.q },
    { header: c.d, width: 9, fmt: FMT.d, value: (i) => i.cohenD },
    { header: c.significant, width: 8, value: (i) => (i.hidden ? null : i.significant ? s.yes : s.no) },
    { header: c.direction, width: 14, value: (i) => s.direction[i.verdict] },
    { header: c.smallSample, width: 9, value: (i) => (i.smallSample ? s.yes : null) },
    { header: c.hidden, width: 8, value: (i) => (i.hidden ? s.yes : null) },
    { header: c.explanation, width: 60, value: (i) => explainItem(i, input.lang, input.comparison.privacyMin) },
  ];
}

function table(ws: ExcelJS.Worksheet, columns: Column[], rows: ComparisonItem[]): void {
  ws.columns = columns.map((col) => ({ header: col.header, width: col.width, style: col.fmt ? { numFmt: col.fmt } : {} }));
  for (const item of rows) ws.addRow(columns.map((col) => col.value(item)));
  finishSheet(ws, columns.length);
}

function finishSheet(ws: ExcelJS.Worksheet, width: number): void {
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'bottom', wrapText: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F6' } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: width } };
}

function aggregates(ws: ExcelJS.Worksheet, input: ReportInput, s: ReportStrings): void {
  const c = s.col;
  const cols: { header: string; width: number; fmt?: string }[] = [
    { header: c.group, width: 16 },
    { header: c.kind, width: 12 },
    { header: c.item, width: 30 },
    { header: c.side, width: 8 },
    { header: c.n, width: 9, fmt: FMT.int },
    { header: c.mean, width: 9, fmt: '0.0000' },
    { header: c.sd, width: 9, fmt: '0.0000' },
    { header: c.ciLow, width: 11, fmt: '0.0000' },
    { header: c.ciHigh, width: 11, fmt: '0.0000' },
    { header: c.top2, width: 11, fmt: '0.00%' },
    { header: c.promoters, width: 10, fmt: FMT.int },
    { header: c.passives, width: 10, fmt: FMT.int },
    { header: c.detractors, width: 10, fmt: FMT.int },
    { header: c.nps, width: 9, fmt: FMT.nps },
  ];
  ws.columns = cols.map((col) => ({ header: col.header, width: col.width, style: col.fmt ? { numFmt: col.fmt } : {} }));
  for (const i of input.comparison.items) {
    for (const which of ['before', 'after'] as const) {
      const x = i[which];
      ws.addRow([i.group ?? s.overallGroup, s.kind[i.kind], itemLabel(i, s), s.sides[which], x.n, x.mean, x.sd, x.ci95?.[0] ?? null, x.ci95?.[1] ?? null, x.top2, x.nps?.promoters ?? null, x.nps?.passives ?? null, x.nps?.detractors ?? null, x.nps?.nps ?? null]);
    }
  }
  finishSheet(ws, cols.length);
}

function mapSheet(ws: ExcelJS.Worksheet, input: ReportInput, s: ReportStrings): void {
  const mc = input.mapComparison!;
  const t = s.mapTotals;
  ws.columns = [{ header: mc.journeyName, width: 36 }, { header: s.col.status, width: 12 }, { header: mc.before.label, width: 16 }, { header: mc.after.label, width: 16 }];
  const totals: [string, number | null, number | null, string?][] = [
    [t.touchpoints, mc.before.touchpoints, mc.after.touchpoints],
    [t.transfers, mc.before.transfers, mc.after.transfers],
    [t.loyaltyKept, mc.before.loyaltyKept, mc.after.loyaltyKept, '0.0%'],
    [t.need, mc.before.need, mc.after.need, '0.00'],
    [t.convenience, mc.before.convenience, mc.after.convenience, '0.00'],
    [t.emotion, mc.before.emotion, mc.after.emotion, '0.00'],
    [t.painPoints, mc.before.painPoints, mc.after.painPoints],
  ];
  for (const [label, b, a, fmt] of totals) {
    const row = ws.addRow([label, null, b, a]);
    if (fmt) [3, 4].forEach((k) => (row.getCell(k).numFmt = fmt));
  }
  ws.addRow([]);
  const state = (x: (typeof mc.touchpoints)[number]['before']) => (x ? `${x.need ?? '–'} / ${x.convenience ?? '–'} / ${x.emotion ?? '–'} · ${s.overlay.transfers} ${x.transfers}` : null);
  for (const tp of mc.touchpoints) ws.addRow([tp.title, s.mapStatus[tp.status], state(tp.before), state(tp.after)]);
  finishSheet(ws, 4);
}

function methodSheet(ws: ExcelJS.Worksheet, input: ReportInput, s: ReportStrings): void {
  const c = input.comparison;
  ws.columns = [{ header: s.sections.method, width: 22 }, { header: '', width: 100 }];
  const facts: [string, string | number][] = [
    [s.survey, c.before.surveyId === c.after.surveyId ? c.before.surveyName : `${c.before.surveyName} → ${c.after.surveyName}`],
    [s.before, `${c.before.label} (${c.before.fieldStart ?? '–'} – ${c.before.fieldEnd ?? '–'})`],
    [`${s.before} ${s.col.n}`, c.before.responses],
    [s.after, `${c.after.label} (${c.after.fieldStart ?? '–'} – ${c.after.fieldEnd ?? '–'})`],
    [`${s.after} ${s.col.n}`, c.after.responses],
    [s.breakdown, c.by ?? s.noBreakdown],
    [s.alphaLabel, c.alpha],
    [s.privacyMinLabel, c.privacyMin],
    [s.generated, input.generatedAt.toISOString()],
  ];
  for (const f of facts) ws.addRow(f);
  ws.addRow([]);
  s.method({ alpha: c.alpha, privacyMin: c.privacyMin }).forEach((p, k) => {
    ws.addRow([k + 1, p]).getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  ws.addRow([null, s.matching[c.matching]]);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function reportXlsx(input: ReportInput): Promise<Buffer> {
  const s = REPORT_STRINGS[input.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Journey Audit';
  wb.created = input.generatedAt;
  const taken = new Set<string>();
  const columns = itemColumns(s, input);
  for (const { group, items } of itemsByGroup(input.comparison)) {
    table(wb.addWorksheet(sheetName(group === null ? s.sheet.overall : group, taken)), columns, items);
  }
  aggregates(wb.addWorksheet(sheetName(s.sheet.aggregates, taken)), input, s);
  if (input.mapComparison) mapSheet(wb.addWorksheet(sheetName(s.sheet.map, taken)), input, s);
  methodSheet(wb.addWorksheet(sheetName(s.sheet.method, taken)), input, s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
