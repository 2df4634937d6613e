/** Runs a report export job: start, poll its progress, take the finished file and save it. */
import type { ReportJob, ReportRequest } from '../../../../shared/ops/reports';
import type { OpInput } from '../../../../shared/contract';
import { api } from '../../../api/client';
import { download } from '../../../ui/download';

const POLL_MS = 300;

export function base64Blob(base64: string, mime: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

export interface ReportRun {
  /** Resolves with the saved file's name, or null when cancelled. */
  done: Promise<string | null>;
  cancel(): void;
}

export function runReport(req: OpInput<'reports.start'>, onProgress: (job: ReportJob) => void): ReportRun {
  let jobId: string | null = null;
  let cancelled = false;
  const done = (async () => {
    let job = await api['reports.start'](req as ReportRequest);
    jobId = job.jobId;
    onProgress(job);
    while (job.state === 'running') {
      if (cancelled) {
        job = await api['reports.cancel']({ jobId: job.jobId });
        break;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
      job = await api['reports.progress']({ jobId: job.jobId });
      onProgress(job);
    }
    if (job.state === 'cancelled' || cancelled) return null;
    if (job.state === 'failed') throw job.error ?? new Error('The report failed');
    const file = await api['reports.take']({ jobId: job.jobId });
    download(base64Blob(file.base64, file.mime), file.fileName);
    return file.fileName;
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      if (jobId) void api['reports.cancel']({ jobId }).catch(() => undefined);
    },
  };
}
