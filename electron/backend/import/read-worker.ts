/**
 * Reading an uploaded file off the main thread, in a worker whose heap is capped. A hostile
 * file (a workbook that expands to gigabytes of cells) then costs that worker its life, not
 * the server its memory: the worker dies at its limit, the upload is refused with a message
 * naming the file, and every other call is answered as before.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { ImportError } from './errors';
import { tooLargeToRead } from './heap-guard';
import type { RawTable } from './read-table';
import type { ReadOptions } from './run';

/**
 * The most a reading worker's V8 heap may hold. Far more than a survey export of tens of
 * thousands of responses needs, and small enough that the server stays under about 300 MB.
 */
export const READ_HEAP_MB = 128;

/** Limits for any worker that parses an uploaded file (the import worker parses it again). */
export const readLimits = (heapMb = READ_HEAP_MB) => ({ maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 });

/** What the worker sends back for a `read` task. */
export type ReadMessage = { type: 'ready' } | { type: 'table'; table: RawTable } | { type: 'error'; error: AppErrorData };

/**
 * Whether a worker died of its memory cap: V8's own out-of-memory end, or an allocation that
 * failed first (a buffer, a string, the copy of a result too big for what is left).
 */
const outOfMemory = (e: unknown) =>
  (e as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ||
  (e instanceof RangeError && /memory|allocation|invalid (array|string) length/i.test(e.message));
export { outOfMemory as isOutOfMemory, tooLargeToRead };

/**
 * Reads uploads one at a time, each in a fresh worker (workerPath: the built import worker)
 * whose heap is capped at `heapMb`. The next worker is started, its readers loaded, as soon
 * as one is used, so an upload waits for neither; a used worker is ended, leaving nothing of
 * the file behind in memory.
 */
export class UploadReader {
  private next: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly workerPath: string,
    private readonly heapMb = READ_HEAP_MB,
  ) {}

  read(bytes: Uint8Array, fileName: string, readOptions: ReadOptions): Promise<RawTable> {
    const run = this.queue.then(() => this.readOnce(bytes, fileName || 'the file', readOptions));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private spawn(): Promise<Worker> {
    const w = new Worker(this.workerPath, { workerData: { task: 'read' }, resourceLimits: readLimits(this.heapMb) });
    w.unref(); // a waiting reader never keeps the process alive
    const ready = new Promise<Worker>((ok, fail) => {
      w.once('message', () => ok(w));
      w.once('error', fail);
      w.once('exit', (code) => fail(new Error(`the reader stopped (exit ${code})`)));
    });
    this.next = ready;
    ready.catch(() => {
      if (this.next === ready) this.next = null;
    });
    return ready;
  }

  private async readOnce(bytes: Uint8Array, file: string, readOptions: ReadOptions): Promise<RawTable> {
    let worker: Worker;
    try {
      // A reader started ahead of time may have died meanwhile: one fresh start is tried then.
      worker = await (this.next ?? this.spawn()).catch(() => this.spawn());
    } catch (e) {
      if (outOfMemory(e)) throw tooLargeToRead(file, this.heapMb);
      throw new ImportError({ file }, { code: 'import.read.readerFailed', params: { reason: (e as Error).message } });
    }
    this.next = null;
    try {
      return await new Promise<RawTable>((resolve, reject) => {
        worker.on('message', (m: ReadMessage) => {
          if (m.type === 'table') resolve(m.table);
          else if (m.type === 'error') reject(new AppError({ ...m.error, messageCode: m.error.messageCode })); // worded in the worker
        });
        worker.on('error', (e) => reject(outOfMemory(e) ? tooLargeToRead(file, this.heapMb) : new ImportError({ file }, { code: 'import.read.readerFailed', params: { reason: e.message } })));
        worker.on('exit', (code) => reject(new ImportError({ file }, { code: 'import.read.readerStopped', params: { exitCode: code } })));
        worker.postMessage({ bytes, fileName: file, readOptions });
      });
    } finally {
      void worker.terminate();
      void this.spawn().catch(() => undefined);
    }
  }
}
