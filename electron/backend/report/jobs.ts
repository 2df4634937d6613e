/**
 * Running report exports: `start` returns at once and the work goes on in the background,
 * step by step; `progress` reads where it is; `cancel` stops it between steps (and kills a
 * running PDF printer); `take` hands the finished file over once and forgets the job.
 */
import type { ReportJob, ReportRequest } from '../../../shared/ops/reports';
import { AppError } from '../../../shared/errors';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { newId } from '../db/ids';
import type { RenderPdf } from '../options';
import { buildReport, MIME, REPORT_STEPS, reportFileName } from './build';

interface Job {
  view: ReportJob;
  format: ReportRequest['format'];
  abort: AbortController;
  bytes: Buffer | null;
  finishedAt: number | null;
}

/** Finished jobs nobody took are dropped after this long, so their files do not pile up in memory. */
const KEEP_MS = 30 * 60 * 1000;

export class ReportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly renderPdf: RenderPdf) {}

  start(db: Db, req: ReportRequest): ReportJob {
    this.sweep();
    const jobId = newId();
    const job: Job = {
      view: { jobId, state: 'running', done: 0, total: REPORT_STEPS.length, step: 'compare', fileName: `comparison.${req.format}`, bytes: null, error: null },
      format: req.format,
      abort: new AbortController(),
      bytes: null,
      finishedAt: null,
    };
    this.jobs.set(jobId, job);
    void this.run(db, req, job);
    return { ...job.view };
  }

  private async run(db: Db, req: ReportRequest, job: Job): Promise<void> {
    try {
      const { input, bytes } = await buildReport(db, req, this.renderPdf, {
        signal: job.abort.signal,
        onStep: (step, done) => Object.assign(job.view, { step, done }),
      });
      job.bytes = bytes;
      Object.assign(job.view, { state: 'done', done: REPORT_STEPS.length, fileName: reportFileName(input.comparison.before.label, input.comparison.after.label, req.format), bytes: bytes.length });
    } catch (e) {
      if (job.abort.signal.aborted) job.view.state = 'cancelled';
      else {
        const error = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
        Object.assign(job.view, { state: 'failed', error });
      }
    } finally {
      job.finishedAt = Date.now();
    }
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw appError('not_found', 'report.job_not_found', { id: jobId });
    return job;
  }

  progress(jobId: string): ReportJob {
    return { ...this.get(jobId).view };
  }

  cancel(jobId: string): ReportJob {
    const job = this.get(jobId);
    if (job.view.state === 'running') {
      job.abort.abort();
      job.view.state = 'cancelled';
    }
    return { ...job.view };
  }

  take(jobId: string): { fileName: string; mime: string; base64: string } {
    const job = this.get(jobId);
    if (job.view.state !== 'done' || !job.bytes) {
      throw appError('conflict', 'report.job_not_done', { id: jobId, state: job.view.state });
    }
    this.jobs.delete(jobId);
    return { fileName: job.view.fileName, mime: MIME[job.format], base64: job.bytes.toString('base64') };
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}
