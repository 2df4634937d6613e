/**
 * SheetJS's .xls parser, run in a worker thread with a time limit. Some damaged workbooks send
 * it into an endless loop (the fuzz tests found one): that must cost the user a message, not a
 * frozen app. One worker is kept for the next file; one that overruns is terminated.
 *
 * The worker is plain CommonJS given as source, loading SheetJS by its resolved path, so it
 * runs the same from the TypeScript sources, the Node build and the desktop app.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ParsingOptions, WorkBook } from '@e965/xlsx';

const require = createRequire(import.meta.url);
/** In the packaged app the parser is unpacked next to the archive (electron-builder.yml), where a worker can load it. */
const onDisk = (path: string) => path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const XLSX = require(workerData.xlsx);
XLSX.set_cptable(require(workerData.cptable));
parentPort.on('message', ({ bytes, text, options }) => {
  // SheetJS reports records it cannot read on console.error and carries on: collect them.
  const complaints = [];
  console.error = (...args) => complaints.push(args.map(String).join(' '));
  try {
    const workbook = typeof text === 'string'
      ? XLSX.read(text, { ...options, type: 'string' })
      : XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...options, type: 'buffer' });
    parentPort.postMessage({ workbook, complaints });
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e), complaints });
  }
});
`;

export interface XlsParse {
  workbook: WorkBook | null;
  /** The parser's own error, when it gave up. */
  error: string | null;
  /** What it reported on console.error while carrying on. */
  complaints: string[];
}

export class XlsTimeout extends Error {}

/** Generous for any real workbook (a few MB parse in a second or two), short for a stuck one. */
export const timeLimitMs = (bytes: number): number => 20_000 + Math.ceil(bytes / 1_000_000) * 2_000;

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function start(): Worker {
  const w = new Worker(SOURCE, {
    eval: true,
    workerData: { xlsx: onDisk(require.resolve('@e965/xlsx')), cptable: onDisk(require.resolve('@e965/xlsx/dist/cpexcel')) },
  });
  w.unref(); // an idle parser never keeps the CLI or a test run alive
  w.on('exit', () => {
    if (worker === w) worker = null;
  });
  return w;
}

function parseOnce(input: Uint8Array | string, options: ParsingOptions, limitMs: number): Promise<XlsParse> {
  const w = (worker ??= start());
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: { workbook?: WorkBook; error?: string; complaints: string[] }) => {
      done();
      resolve({ workbook: m.workbook ?? null, error: m.error ?? null, complaints: m.complaints });
    };
    const onError = (e: Error) => {
      done();
      worker = null;
      reject(e);
    };
    const onExit = (code: number) => onError(new Error(`the .xls reader stopped (exit ${code})`));
    const timer = setTimeout(() => {
      done();
      worker = null;
      void w.terminate();
      reject(new XlsTimeout(`still parsing after ${Math.round(limitMs / 1000)} s`));
    }, limitMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(typeof input === 'string' ? { text: input, options } : { bytes: input, options });
  });
}

/** Parses a workbook's bytes (or a marked-up table's text), one file at a time; rejects with XlsTimeout when the parser overruns. */
export function parseXls(input: Uint8Array | string, options: ParsingOptions, limitMs = timeLimitMs(typeof input === 'string' ? input.length : input.byteLength)): Promise<XlsParse> {
  const run = queue.then(() => parseOnce(input, options, limitMs));
  queue = run.catch(() => undefined);
  return run;
}
