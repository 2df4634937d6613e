/**
 * Staged files and running imports. A preview stages the file (read once, kept for an
 * hour); the check converts it under the wizard's mapping and keeps the result; `start`
 * writes that same result, in a worker thread when one is available — progress can be
 * polled and a cancel rolls the whole import back — or inline otherwise (tests, CLI).
 */
import { Worker } from 'node:worker_threads';
import type { ImportJob } from '../../../shared/ops/import';
import { type Converted, convertTable } from '../../../shared/domain/survey/convert';
import type { ImportMapping } from '../../../shared/domain/survey/mapping';
import { appError } from '../../../shared/messages/appError';
import type { Db } from '../db/open';
import { newId } from '../db/ids';
import { type ExecuteRequest, importSource, type ReadOptions, stageBytes, type StagedFile, stageTable, writeConverted } from './run';
import { ImportError } from './errors';
import { isOutOfMemory, READ_HEAP_MB, readLimits, tooLargeToRead, UploadReader } from './read-worker';
import type { WorkerInput, WorkerMessage } from './worker';

const STAGE_TTL_MS = 60 * 60 * 1000;
const MAX_STAGED = 4;
/** Heap of an import's worker: the reading cap plus room for the converted answers. */
const IMPORT_HEAP_MB = READ_HEAP_MB * 2;

interface Staged {
  file: StagedFile;
  at: number;
  /** The last conversion, under the mapping it was made with: a check and its start convert once. */
  converted?: { mapping: string; result: Converted };
}

export class ImportJobs {
  private readonly staged = new Map<string, Staged>();
  private readonly jobs = new Map<string, ImportJob & { cancelFlag?: Int32Array }>();

  private readonly reader: UploadReader | null;

  constructor(private readonly workerPath: string | null) {
    this.reader = workerPath ? new UploadReader(workerPath) : null;
  }

  /**
   * Reads an upload for the wizard: in a worker with a capped heap when there is one, so a
   * hostile file cannot take the server's memory; inline otherwise (tests).
   */
  async read(bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<StagedFile> {
    if (!this.reader) return stageBytes(bytes, fileName, options);
    return stageTable(bytes, fileName, await this.reader.read(bytes, fileName, options));
  }

  stage(file: StagedFile): string {
    const now = Date.now();
    for (const [id, s] of this.staged) if (now - s.at > STAGE_TTL_MS) this.staged.delete(id);
    while (this.staged.size >= MAX_STAGED) this.staged.delete(this.staged.keys().next().value!);
    const id = newId();
    this.staged.set(id, { file, at: now });
    return id;
  }

  getStaged(id: string): StagedFile {
    return this.entry(id).file;
  }

  /** The staged table converted under `mapping`, kept so the import writes what the check saw. */
  convert(id: string, mapping: ImportMapping): Converted {
    const s = this.entry(id);
    const key = JSON.stringify(mapping);
    if (s.converted?.mapping !== key) s.converted = { mapping: key, result: convertTable(s.file.table.rows, mapping, s.file.layout.tool) };
    return s.converted.result;
  }

  start(db: Db, dbPath: string, stagingId: string, req: ExecuteRequest): ImportJob {
    const s = this.entry(stagingId);
    const converted = this.convert(stagingId, req.mapping);
    const source = importSource(s.file);
    const jobId = newId();
    if (!this.workerPath) {
      const result = writeConverted(db, source, converted, req);
      const job: ImportJob = { jobId, state: 'done', done: result.answers, total: result.answers, result, error: null };
      this.jobs.set(jobId, job);
      return job;
    }
    const cancel = new SharedArrayBuffer(4);
    const job: ImportJob & { cancelFlag?: Int32Array } = { jobId, state: 'running', done: 0, total: 0, result: null, error: null, cancelFlag: new Int32Array(cancel) };
    this.jobs.set(jobId, job);
    const input: WorkerInput = { dbPath, source, converted, cancel, ...req };
    const worker = new Worker(this.workerPath, { workerData: input, resourceLimits: readLimits(IMPORT_HEAP_MB) });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') Object.assign(job, { done: m.done, total: m.total });
      else if (m.type === 'done') Object.assign(job, { state: 'done', result: m.result, done: m.result.answers, total: m.result.answers });
      else if (m.type === 'cancelled') job.state = 'cancelled';
      else if (job.state === 'running') Object.assign(job, { state: 'failed', error: m.error });
    });
    worker.on('error', (e) => {
      const error = isOutOfMemory(e) ? tooLargeToRead(s.file.fileName, IMPORT_HEAP_MB).toJSON() : { code: 'internal', message: e.message };
      Object.assign(job, { state: 'failed', error });
    });
    worker.on('exit', (code) => {
      if (job.state === 'running') Object.assign(job, { state: 'failed', error: new ImportError({ file: s.file.fileName }, { code: 'import.read.readerStopped', params: { exitCode: code } }).toJSON() });
    });
    return this.view(job);
  }

  progress(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw appError('not_found', 'import.job_not_found', { id: jobId });
    return this.view(job);
  }

  cancel(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw appError('not_found', 'import.job_not_found', { id: jobId });
    if (job.cancelFlag && job.state === 'running') Atomics.store(job.cancelFlag, 0, 1);
    return this.view(job);
  }

  private entry(id: string): Staged {
    const s = this.staged.get(id);
    if (!s) throw appError('not_found', 'import.upload_expired', { id });
    return s;
  }

  private view(job: ImportJob & { cancelFlag?: Int32Array }): ImportJob {
    const { cancelFlag: _flag, ...rest } = job;
    return { ...rest };
  }
}
