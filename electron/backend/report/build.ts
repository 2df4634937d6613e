/**
 * The report pipeline, in the steps a job reports: compare → charts → map → render → write.
 * `loadReportInput` is the compare step (database reads); `renderReport` does the rest from a
 * `ReportInput`, so it runs the same on a hand-made comparison. A cancel is honoured between
 * steps and kills a running PDF printer.
 */
import { mapOverlaySvg } from '../../../shared/domain/compare/map-overlay-svg';
import { appError } from '../../../shared/messages/appError';
import type { ReportFormat, ReportRequest } from '../../../shared/ops/reports';
import { compareRounds } from '../compare/compare';
import type { Db } from '../db/open';
import { getJourney } from '../journeys/repo';
import { compareVersions, listSnapshots } from '../journeys/versions';
import type { RenderPdf } from '../options';
import type { ReportCharts } from './charts-svg';
import { reportCsv } from './csv';
import { reportHtml } from './html';
import type { ReportInput } from './model';
import { REPORT_STRINGS } from './strings';

export const REPORT_STEPS = ['compare', 'charts', 'map', 'render', 'write'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export const MIME: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface StepHooks {
  /** Called as each step starts, with the number of steps already done. */
  onStep?: (step: ReportStep, done: number) => void;
  signal?: AbortSignal;
}

export const cancelledError = () => appError('conflict', 'report.cancelled');

/** Throws when cancelled; otherwise lets progress polls and a cancel through before the next step. */
async function checkpoint(hooks: StepHooks, step: ReportStep): Promise<void> {
  await new Promise((r) => setImmediate(r));
  if (hooks.signal?.aborted) throw cancelledError();
  hooks.onStep?.(step, REPORT_STEPS.indexOf(step));
}

/** `comparison-<before>-<after>.<ext>` with anything a file system could object to replaced. */
export function reportFileName(before: string, after: string, format: ReportFormat): string {
  const safe = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60) || 'round';
  return `comparison-${safe(before)}-${safe(after)}.${format}`;
}

/** The journey the overlay draws: the one asked for, else the one most linked touchpoints belong to. */
function pickJourneyId(db: Db, input: Pick<ReportInput, 'comparison'>, journeyId: string | null): string | null {
  if (journeyId) return journeyId;
  const ids = [...new Set(input.comparison.items.map((i) => i.ref.touchpointId).filter((x): x is string => !!x))];
  if (ids.length === 0) return null;
  const row = db
    .prepare(
      `SELECT t.journey_id AS id, count(*) AS n FROM touchpoints t JOIN journeys j ON j.id = t.journey_id
       WHERE j.deleted_at IS NULL AND t.id IN (SELECT value FROM json_each(?)) GROUP BY t.journey_id ORDER BY n DESC, j.name LIMIT 1`,
    )
    .get(JSON.stringify(ids)) as { id: string } | undefined;
  return row?.id ?? null;
}

/** The compare step: the comparison, the journey to draw, and its newest saved version against the map now. */
export function loadReportInput(db: Db, req: ReportRequest, generatedAt = new Date()): ReportInput {
  const comparison = compareRounds(db, req.compare);
  const journeyId = pickJourneyId(db, { comparison }, req.journeyId);
  const journey = journeyId ? getJourney(db, journeyId) : null;
  const newest = journey ? listSnapshots(db, journey.id)[0] : undefined;
  const mapComparison = newest && journey ? compareVersions(db, { kind: 'snapshot', id: newest.id }, { kind: 'current', journeyId: journey.id }) : null;
  if (mapComparison && !mapComparison.after.label) mapComparison.after.label = REPORT_STRINGS[req.lang].currentMap;
  return { comparison, lang: req.lang, journey, mapComparison, generatedAt };
}

/** Charts → map → render → write. */
export async function renderReport(input: ReportInput, format: ReportFormat, renderPdf: RenderPdf, hooks: StepHooks = {}): Promise<Buffer> {
  const s = REPORT_STRINGS[input.lang];
  const visual = format === 'pdf' || format === 'html';
  await checkpoint(hooks, 'charts');
  // The chart and spreadsheet libraries load on the first export that needs them, not at start-up.
  const charts: ReportCharts = visual ? (await import('./charts-svg')).renderReportCharts(input.comparison, s) : { change: [], means: [], nps: [] };
  await checkpoint(hooks, 'map');
  const mapSvg = visual && input.journey ? mapOverlaySvg(input.journey, input.comparison.items, s.overlay) : null;
  await checkpoint(hooks, 'render');
  let bytes: Buffer;
  if (format === 'xlsx') bytes = await (await import('./xlsx')).reportXlsx(input);
  else if (format === 'csv') bytes = Buffer.from(reportCsv(input), 'utf8');
  else bytes = Buffer.from(reportHtml(input, { charts, mapSvg }), 'utf8');
  await checkpoint(hooks, 'write');
  if (format === 'pdf') bytes = await renderPdf(bytes.toString('utf8'), { signal: hooks.signal });
  if (hooks.signal?.aborted) throw cancelledError();
  return bytes;
}

/** The whole pipeline on a workspace. */
export async function buildReport(db: Db, req: ReportRequest, renderPdf: RenderPdf, hooks: StepHooks = {}): Promise<{ input: ReportInput; bytes: Buffer }> {
  await checkpoint(hooks, 'compare');
  const input = loadReportInput(db, req);
  const bytes = await renderReport(input, req.format, renderPdf, hooks);
  return { input, bytes };
}
