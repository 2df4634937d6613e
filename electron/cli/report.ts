/**
 * `journey-audit report <workspace> --survey <name> --before <round> --after <round>
 *   --format pdf|xlsx|csv|html -o <file> [--lang zh-CN|en] [--by <attribute>] [--journey <name>]
 *   [--after-survey <name>] [--privacy-min <n>] [--json]`
 */
import { renameSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { appError } from '../../shared/messages/appError';
import { toErrorIssue } from '../../shared/messages/issues';
import { REPORT_FORMATS, ReportRequest, type ReportFormat } from '../../shared/ops/reports';
import { listJourneys } from '../backend/journeys/repo';
import { buildReport, REPORT_STEPS } from '../backend/report/build';
import { renderPdfWithChromium } from '../backend/report/pdf-chromium';
import type { CliOutput } from './output';
import { ROUND_PAIR_OPTIONS, roundPair } from './resolve';
import { withWorkspace } from './workspace';

const USAGE = 'report <workspace> --survey <name> --before <round> --after <round> --format pdf|xlsx|csv|html -o <file> [--lang zh-CN|en] [--by <attribute>] [--journey <name>]';

function formatOf(given: string | undefined, output: string): ReportFormat {
  const format = given ?? extname(output).slice(1).toLowerCase();
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw appError('validation', 'cli.bad_format', { formats: REPORT_FORMATS.join(', ') });
  return format as ReportFormat;
}

export async function runReport(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...ROUND_PAIR_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      journey: { type: 'string' },
    },
  });
  const [workspace] = positionals;
  if (!workspace || !values.survey || !values.before || !values.after || !values.output) throw appError('validation', 'cli.usage', { usage: USAGE });
  const output = resolve(values.output);
  const format = formatOf(values.format, output);
  const started = Date.now();
  return withWorkspace(workspace, async (db) => {
    const { request } = roundPair(db, values, workspace);
    let journeyId: string | null = null;
    if (values.journey) {
      const journeys = listJourneys(db);
      const found = journeys.find((j) => j.name === values.journey);
      if (!found) throw appError('not_found', 'cli.no_journey', { name: values.journey, workspace, journeys: journeys.map((j) => j.name).join(', ') || '—' });
      journeyId = found.id;
    }
    const parsed = ReportRequest.safeParse({
      compare: request,
      format,
      lang: values.lang ?? 'en',
      journeyId,
    });
    if (!parsed.success) throw new AppError({ code: 'validation', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), issues: parsed.error.issues.map(toErrorIssue) });
    const { input, bytes } = await buildReport(db, parsed.data, renderPdfWithChromium, {
      onStep: (step, done) => {
        if (!values.json) process.stderr.write(`report: ${step} (${done + 1}/${REPORT_STEPS.length})\n`);
      },
    });
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const partial = `${output}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, output);
    const c = input.comparison;
    const json = { ok: true, file: output, format, bytes: bytes.length, before: c.before.label, after: c.after.label, items: c.items.length, summary: c.summary, ms: Date.now() - started };
    return { json, text: `Wrote ${output} (${format}, ${bytes.length.toLocaleString('en-US')} bytes): ${c.before.label} → ${c.after.label}, ${c.summary.better} better, ${c.summary.worse} worse`, exitCode: 0 };
  });
}
