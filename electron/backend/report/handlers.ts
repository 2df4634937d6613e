/**
 * Report export jobs: build the report for a comparison in the asked format, with progress.
 */
import type { HandlersOf } from '../../../shared/ops/op';
import type { reportOps } from '../../../shared/ops/reports';
import type { BackendOptions } from '../options';
import type { WorkspaceSession } from '../workspace/session';
import { ReportJobs } from './jobs';
import { renderPdfWithChromium } from './pdf-chromium';

export function reportHandlers(session: WorkspaceSession, opts: Pick<BackendOptions, 'renderPdf'> = {}): HandlersOf<typeof reportOps> {
  const jobs = new ReportJobs(opts.renderPdf ?? renderPdfWithChromium);
  return {
    'reports.start': (req) => jobs.start(session.requireDb(), req),
    'reports.progress': ({ jobId }) => jobs.progress(jobId),
    'reports.cancel': ({ jobId }) => jobs.cancel(jobId),
    'reports.take': ({ jobId }) => jobs.take(jobId),
  };
}
