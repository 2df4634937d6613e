/** Prints a self-contained HTML document to PDF bytes (A4); an abort stops the printing. */
export type RenderPdf = (html: string, opts?: { signal?: AbortSignal }) => Promise<Buffer>;

/** How the backend is being run. */
export interface BackendOptions {
  mode: 'desktop' | 'browser';
  /** Folder for the default workspace and the recent list (the app's user-data folder). */
  dataDir: string;
  appVersion: string;
  platform?: string;
  /** Path of the built import worker (import-worker.js); imports run inline without it. */
  importWorker?: string;
  /** PDF printer for reports; by default a headless Chromium, Chrome or Edge found on the machine. */
  renderPdf?: RenderPdf;
  /** Folder of the built participant page of live workshops; by default `../participant` beside the bundle. */
  participantDir?: string;
  /** Limits of the workshop participant server (tests and benchmarks raise them). */
  workshopLimits?: Partial<import('./workshop/limits').Limits>;
}
