/**
 * The import worker thread: runs one import on its own database connection, set up exactly
 * as the app's own (db/open.ts), so the process that serves the UI stays responsive, reports
 * progress, and rolls back when the shared cancel flag is raised.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { ImportMapping } from '../../../shared/domain/survey/mapping';
import { connectWorkspace, type Db } from '../db/open';
import { executeImport, type ReadOptions, stageBytes } from './run';
import { ImportCancelled } from './write';

export interface WorkerInput {
  dbPath: string;
  bytes: Uint8Array;
  fileName: string;
  readOptions: ReadOptions;
  surveyId: string;
  roundRowId: number;
  mapping: ImportMapping;
  onDuplicate: 'replace' | 'skip' | 'refuse';
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: { responses: number; answers: number; questions: number; replaced: boolean; skipped: boolean } }
  | { type: 'cancelled' }
  | { type: 'error'; error: { code: string; message: string } };

async function main(input: WorkerInput): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const cancelled = new Int32Array(input.cancel);
  let db: Db | null = null;
  try {
    db = connectWorkspace(input.dbPath);
    const staged = await stageBytes(input.bytes, input.fileName, input.readOptions);
    if (Atomics.load(cancelled, 0)) return post({ type: 'cancelled' });
    const result = executeImport(db, staged, input, (done, total) => {
      if (Atomics.load(cancelled, 0)) throw new ImportCancelled();
      post({ type: 'progress', done, total });
    });
    post({ type: 'done', result });
  } catch (e) {
    if (e instanceof ImportCancelled) post({ type: 'cancelled' });
    else if (e instanceof AppError) post({ type: 'error', error: { code: e.code, message: e.message } });
    else post({ type: 'error', error: { code: 'internal', message: (e as Error).message } });
  } finally {
    db?.close();
  }
}

void main(workerData as WorkerInput);
