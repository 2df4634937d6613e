/**
 * Report export jobs: a comparison written as PDF, XLSX, CSV or HTML, with progress.
 */
import { z } from 'zod';
import { Id } from '../domain/journey';
import { CompareRequest } from './compare';
import { op, type OpMap } from './op';

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'html'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const ReportRequest = z
  .object({
    compare: CompareRequest,
    format: ReportFormat,
    lang: z.enum(['zh-CN', 'en']).default('en'),
    /** Journey drawn with the change overlay; by default the journey most of the linked touchpoints belong to. */
    journeyId: Id.nullable().default(null),
  })
  .strict();
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportJob = z.object({
  jobId: Id,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Steps done out of total, and what is being done now (a message key: compare, charts, map, render, write). */
  done: z.number().int(),
  total: z.number().int(),
  step: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ReportJob = z.infer<typeof ReportJob>;

export const reportOps = {
  'reports.start': op(ReportRequest, ReportJob),
  'reports.progress': op(z.object({ jobId: Id }).strict(), ReportJob),
  'reports.cancel': op(z.object({ jobId: Id }).strict(), ReportJob),
  /** The finished file; the job is forgotten afterwards. */
  'reports.take': op(z.object({ jobId: Id }).strict(), z.object({ fileName: z.string(), mime: z.string(), base64: z.string() })),
} satisfies OpMap;
