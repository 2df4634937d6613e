/** How the backend is being run. */
export interface BackendOptions {
  mode: 'desktop' | 'browser';
  /** Folder for the default workspace and the recent list (the app's user-data folder). */
  dataDir: string;
  appVersion: string;
  platform?: string;
  /** Path of the built import worker (import-worker.js); imports run inline without it. */
  importWorker?: string;
}
