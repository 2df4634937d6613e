/**
 * Report jobs on a real workspace, through the same dispatch the transports use: start returns
 * at once, progress walks compare → charts → map → render → write, take hands the file over once,
 * cancel stops a running export (and its PDF printer).
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/ops/compare';
import type { ReportJob } from '../../../shared/ops/reports';
import { chromiumCandidates } from '../../../electron/backend/report/pdf-chromium';
import { compareWorkspace } from '../../support/compare-workspace';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
const browser = chromiumCandidates().find((p) => existsSync(p));
if (!browser) console.warn('report job PDF test skipped: no Chromium, Chrome or Edge found (set JOURNEY_AUDIT_CHROMIUM)');

type Ctx = Awaited<ReturnType<typeof compareWorkspace>>;

async function finish(ctx: Ctx, job: ReportJob): Promise<{ states: ReportJob[]; last: ReportJob }> {
  const states: ReportJob[] = [job];
  for (let k = 0; k < 600; k++) {
    const now = await ctx.call<ReportJob>('reports.progress', { jobId: job.jobId });
    states.push(now);
    if (now.state !== 'running') return { states, last: now };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('report job did not finish');
}

const start = (ctx: Ctx, format: string, lang = 'zh-CN') =>
  ctx.call<ReportJob>('reports.start', { compare: { beforeRoundId: ctx.before, afterRoundId: ctx.after, by: 'region' }, format, lang });

describe('report jobs on a real workspace', () => {
  it('exports an XLSX of the real comparison; take gives the file once', async () => {
    const ctx = await compareWorkspace(tmp());
    const job = await start(ctx, 'xlsx');
    expect(job).toMatchObject({ state: 'running', done: 0, total: 5 });
    const { states, last } = await finish(ctx, job);
    expect(last).toMatchObject({ state: 'done', done: 5, error: null, fileName: 'comparison-基线-2026-H1-复测-2026-H2.xlsx' });
    expect(states.every((s) => ['compare', 'charts', 'map', 'render', 'write'].includes(s.step))).toBe(true);
    const file = await ctx.call<{ fileName: string; mime: string; base64: string }>('reports.take', { jobId: job.jobId });
    expect(file.mime).toContain('spreadsheetml');
    expect(Buffer.from(file.base64, 'base64').length).toBe(last.bytes);
    expect(((await ctx.raw('reports.take', { jobId: job.jobId })) as { error: { code: string } }).error.code).toBe('not_found');

    const comparison = await ctx.call<Comparison>('compare.rounds', { beforeRoundId: ctx.before, afterRoundId: ctx.after, by: 'region' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['整体', ...comparison.groups.map((g) => g.group), '原始汇总', '地图版本', '方法说明']);
    const overall = wb.worksheets[0]!;
    const q1 = comparison.items.find((i) => i.group === null && i.label.startsWith('Q1'))!;
    const row = overall.getRow(1 + comparison.items.filter((i) => i.group === null).indexOf(q1) + 1);
    expect(row.getCell(5).value).toBeCloseTo(q1.before.mean!, 10);
    expect(row.getCell(9).value).toBeCloseTo(q1.after.mean!, 10);
    expect(q1.verdict).toBe('better');
    ctx.backend.close();
  });

  it('exports CSV and HTML in English; the HTML draws the sample journey with the overlay', async () => {
    const ctx = await compareWorkspace(tmp(), 'en');
    const csvJob = await start(ctx, 'csv', 'en');
    expect((await finish(ctx, csvJob)).last.state).toBe('done');
    const csv = Buffer.from((await ctx.call<{ base64: string }>('reports.take', { jobId: csvJob.jobId })).base64, 'base64').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("'=西北"); // a group name that looks like a formula, neutralised
    const htmlJob = await start(ctx, 'html', 'en');
    expect((await finish(ctx, htmlJob)).last.state).toBe('done');
    const html = Buffer.from((await ctx.call<{ base64: string }>('reports.take', { jobId: htmlJob.jobId })).base64, 'base64').toString('utf8');
    expect(html).toContain(ctx.journey.name);
    expect(html).toMatch(/data-touchpoint="[^"]+" data-direction="better"/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    ctx.backend.close();
  });

  it('fails with the compare error for a round that does not exist, and refuses take before done', async () => {
    const ctx = await compareWorkspace(tmp());
    const job = await ctx.call<ReportJob>('reports.start', { compare: { beforeRoundId: 'nope', afterRoundId: ctx.after }, format: 'csv' });
    const { last } = await finish(ctx, job);
    expect(last.state).toBe('failed');
    expect(last.error!.code).toBe('not_found');
    expect(((await ctx.raw('reports.take', { jobId: job.jobId })) as { error: { code: string } }).error.code).toBe('conflict');
    ctx.backend.close();
  });

  it('cancels a running PDF export: the printer gets the abort and the job ends cancelled', async () => {
    let aborted = false;
    const ctx = await compareWorkspace(tmp(), 'zh-CN', {
      renderPdf: (_html, opts) =>
        new Promise((_resolve, reject) => {
          opts?.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('killed'));
          });
        }),
    });
    const job = await start(ctx, 'pdf');
    for (let k = 0; k < 400; k++) {
      if ((await ctx.call<ReportJob>('reports.progress', { jobId: job.jobId })).step === 'write') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await ctx.call<ReportJob>('reports.cancel', { jobId: job.jobId })).state).toBe('cancelled');
    const { last } = await finish(ctx, job);
    expect(last.state).toBe('cancelled');
    expect(aborted).toBe(true);
    ctx.backend.close();
  });

  it.skipIf(!browser)('prints the PDF with Chromium', async () => {
    const ctx = await compareWorkspace(tmp());
    const job = await start(ctx, 'pdf');
    const { last } = await finish(ctx, job);
    expect(last.error).toBeNull();
    const file = await ctx.call<{ mime: string; base64: string }>('reports.take', { jobId: job.jobId });
    expect(file.mime).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    ctx.backend.close();
  }, 60_000);
});
