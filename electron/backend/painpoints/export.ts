/**
 * The pain-point list with its actions as XLSX (a ranked sheet and an actions sheet, real
 * numbers, frozen header, filters) or CSV (UTF-8 with BOM, formula-safe text), in zh-CN or en.
 */
import ExcelJS from 'exceljs';
import type { PainReason } from '../../../shared/domain/map/painpoints';
import type { PainPoint } from '../../../shared/ops/painpoints';
import type { Db } from '../db/open';
import { toCsv } from '../report/csv';
import { listPainPoints } from './list';
import { PAIN_EXPORT_STRINGS, type PainExportStrings } from './export-strings';

type Lang = 'zh-CN' | 'en';

interface ActionRow {
  touchpoint_id: string;
  title: string;
  owner: string;
  due: string | null;
  status: string;
  expected_effect: string;
}

function reasonText(r: PainReason, s: PainExportStrings): string {
  switch (r.kind) {
    case 'transfers':
      return s.reasonTransfers(r.transfers);
    case 'surveyMean':
      return s.reasonSurveyMean(r.mean);
    case 'surveyTop2':
      return s.reasonSurveyTop2(r.share);
    default:
      return s.reasonFactor(s.factor[r.kind], r.rating);
  }
}

function pointRow(p: PainPoint, rank: number, s: PainExportStrings, actions: ActionRow[]): (string | number | null)[] {
  return [
    rank,
    Math.round(p.severity * 10) / 10,
    p.journeyName,
    p.stage,
    p.lane,
    p.departmentName ?? '',
    p.title,
    p.owner,
    p.need,
    p.convenience,
    p.emotion,
    p.transfers,
    p.reasons.map((r) => reasonText(r, s)).join(s.listSep),
    p.survey?.mean ?? null,
    p.survey?.top2 ?? null,
    p.customersPerYear,
    p.moneyAtStake,
    p.causes.map((c) => s.cause[c]).join(s.listSep),
    s.status[p.status],
    actions.map((a) => `${a.title} (${s.actionStatus[a.status as keyof PainExportStrings['actionStatus']] ?? a.status}${a.due ? `, ${a.due}` : ''})`).join(s.listSep),
  ];
}

export async function exportPainPoints(db: Db, req: { format: 'xlsx' | 'csv'; lang: Lang; touchpointIds: string[] | null }): Promise<{ fileName: string; mime: string; base64: string }> {
  const s = PAIN_EXPORT_STRINGS[req.lang];
  const wanted = req.touchpointIds ? new Set(req.touchpointIds) : null;
  const points = listPainPoints(db).points.filter((p) => !wanted || wanted.has(p.touchpointId));
  const allActions = db.prepare('SELECT touchpoint_id, title, owner, due, status, expected_effect FROM improvement_actions ORDER BY created_at, id').all() as ActionRow[];
  const actionsOf = new Map<string, ActionRow[]>();
  for (const a of allActions) actionsOf.set(a.touchpoint_id, [...(actionsOf.get(a.touchpoint_id) ?? []), a]);
  const stamp = new Date().toISOString().slice(0, 10);

  if (req.format === 'csv') {
    const rows = [s.columns, ...points.map((p, i) => pointRow(p, i + 1, s, actionsOf.get(p.touchpointId) ?? []))];
    return { fileName: `pain-points-${stamp}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(toCsv(rows), 'utf8').toString('base64') };
  }

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Journey Audit';
  const sheet = wb.addWorksheet(s.sheetPoints, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(s.columns).font = { bold: true };
  points.forEach((p, i) => sheet.addRow(pointRow(p, i + 1, s, actionsOf.get(p.touchpointId) ?? [])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  sheet.getColumn(15).numFmt = '0%';
  sheet.getColumn(17).numFmt = '#,##0';
  s.columns.forEach((_, i) => (sheet.getColumn(i + 1).width = [6, 9, 18, 12, 14, 14, 28, 12][i] ?? 14));

  const acts = wb.addWorksheet(s.sheetActions, { views: [{ state: 'frozen', ySplit: 1 }] });
  acts.addRow(s.actionColumns).font = { bold: true };
  const byId = new Map(points.map((p) => [p.touchpointId, p]));
  for (const a of allActions) {
    const p = byId.get(a.touchpoint_id);
    if (!p) continue;
    acts.addRow([p.journeyName, p.title, a.title, a.owner, a.due ? new Date(`${a.due}T00:00:00Z`) : null, s.actionStatus[a.status as keyof PainExportStrings['actionStatus']] ?? a.status, a.expected_effect]);
  }
  acts.getColumn(5).numFmt = 'yyyy-mm-dd';
  acts.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.actionColumns.length } };
  s.actionColumns.forEach((_, i) => (acts.getColumn(i + 1).width = [18, 28, 32, 12, 12, 12, 32][i] ?? 14));
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `pain-points-${stamp}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
}
