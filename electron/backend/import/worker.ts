/**
 * The import worker thread: writes one import on its own database connection, set up exactly
 * as the app's own (db/open.ts), so the process that serves the UI stays responsive, reports
 * progress, and rolls back when the shared cancel flag is raised. It is sent the answers the
 * wizard's check converted from the staged table: the file is not read again. Given a `read`
 * task, it only reads an uploaded file into a table (read-worker.ts), under a capped heap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { Converted } from '../../../shared/domain/survey/convert';
import type { ImportMapping } from '../../../shared/domain/survey/mapping';
import type { Db } from '../db/open';
import type { ImportSource, ReadOptions } from './run';
import type { ReadMessage } from './read-worker';

export interface WorkerInput {
  dbPath: string;
  source: ImportSource;
  converted: Converted;
  surveyId: string;
  roundRowId: number;
  mapping: ImportMapping;
  onDuplicate: 'replace' | 'skip' | 'refuse';
  cancel: SharedArrayBuffer;
}

export interface ReadInput {
  bytes: Uint8Array;
  fileName: string;
  readOptions: ReadOptions;
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
  // Loaded here, not at the top: a worker that only reads a file starts without them.
  const [{ connectWorkspace }, { writeConverted }, { ImportCancelled }] = await Promise.all([import('../db/open'), import('./run'), import('./write')]);
  try {
    if (Atomics.load(cancelled, 0)) return post({ type: 'cancelled' });
    db = connectWorkspace(input.dbPath);
    const { source, converted, cancel: _cancel, dbPath: _path, ...req } = input;
    const result = writeConverted(db, source, converted, req, (done, total) => {
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

/** Loads the readers, says so, then reads the one uploaded file it is sent and sends back its table or the refusal. */
async function serveRead(): Promise<void> {
  const post = (m: ReadMessage) => parentPort!.postMessage(m);
  // The workbook readers load too, before any file comes: an upload then waits for nothing.
  const [{ readTableBuffer }] = await Promise.all([import('./read-table'), import('./zip-limits'), import('./read-xlsx')]);
  parentPort!.once('message', (input: ReadInput) => {
    readTableBuffer(input.bytes, input.fileName, input.readOptions).then(
      (table) => post({ type: 'table', table }),
      (e: unknown) => post({ type: 'error', error: e instanceof AppError ? e.toJSON() : { code: 'internal', message: (e as Error).message } }),
    );
  });
  post({ type: 'ready' });
}

const data = workerData as WorkerInput | { task: 'read' };
void ('task' in data && data.task === 'read' ? serveRead() : main(data as WorkerInput));
