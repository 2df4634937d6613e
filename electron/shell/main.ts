/**
 * The Electron main process: serves the built renderer over `app://`, opens the
 * workspace, wires IPC and the menu, and creates windows. Everything with a rule in
 * it lives elsewhere (security.ts, ipc.ts, workspace-actions.ts, the backend).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { app, BrowserWindow, dialog, protocol } from 'electron';
import { createBackend, type Backend } from '../backend/index';
import { registerIpc } from './ipc';
import { renderPdfWithElectron } from './report-pdf';
import { installAppMenu } from './menu';
import { findStatic } from '../server/static-files';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, applySecurityPolicy } from './security';
import { broadcastWorkspaceChanged, createWorkspaceActions, shellLanguage, type ShellLanguage } from './workspace-actions';

const APP_ID = 'com.journeyaudit.app';
const RENDERER_DIR = resolve(import.meta.dirname, '../renderer');
const PRELOAD = join(import.meta.dirname, '../preload/preload.cjs');
// electron-vite dev serves the renderer with hot reload; a packaged app never looks at this.
const DEV_RENDERER_URL = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

// Tests point this at a temporary folder so they never read or write the real profile.
const userDataOverride = process.env['JOURNEY_AUDIT_USER_DATA'];
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

app.setAppUserModelId(APP_ID);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const plain = (status: number): Response => new Response(null, { status });

async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404);
  const answer = await findStatic(RENDERER_DIR, request.method, url.pathname);
  if (answer.status !== 200) return plain(answer.status);
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(answer.file));
  return new Response(body, { status: 200, headers: answer.headers });
}

/** The workspace asked for on the command line, by environment, or by a double-clicked file. */
function requestedWorkspace(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--workspace' && argv[i + 1]) return resolve(argv[i + 1] as string);
    if (arg.startsWith('--workspace=')) return resolve(arg.slice('--workspace='.length));
  }
  const fromEnv = process.env['JOURNEY_AUDIT_WORKSPACE'];
  if (fromEnv) return resolve(fromEnv);
  // Windows and Linux file associations pass the file as a bare argument after the executable.
  const positional = argv.slice(app.isPackaged ? 1 : 2).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.jaudit'));
  return positional ? resolve(positional) : null;
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    show: false,
    title: 'Journey Audit',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(DEV_RENDERER_URL ?? APP_ENTRY_URL);
  return win;
}

let backend: Backend | null = null;
// Settles once the start-up workspace is open (or has failed to); later opens wait for it.
let startupOpened: Promise<void> = Promise.resolve();
// macOS delivers a double-clicked file as an event, possibly before `ready`.
let fileFromOs: string | null = null;

/** Opens the workspace asked for, else the default one; failures land in the session's status. */
async function openStartupWorkspace(session: Backend['session'], lang: ShellLanguage): Promise<void> {
  const requested = fileFromOs ?? requestedWorkspace(process.argv);
  // A named file that fails to open does not fall back to the default workspace: the
  // user asked for that file, and the renderer explains the failure from the status.
  if (requested) await session.openAtStart(requested);
  else await session.openDefault(lang);
}

async function openFromOs(session: Backend['session'], path: string): Promise<void> {
  await startupOpened;
  try {
    await session.open(path);
    broadcastWorkspaceChanged();
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  } catch (e) {
    dialog.showErrorBox('Journey Audit', e instanceof Error ? e.message : String(e));
  }
}

app.on('open-file', (event, path) => {
  event.preventDefault();
  if (backend) void openFromOs(backend.session, path);
  else fileFromOs = path;
});

void app.whenReady().then(() => {
  applySecurityPolicy(DEV_RENDERER_URL);
  protocol.handle(APP_SCHEME, (request) => serveRenderer(request).catch(() => plain(500)));

  const lang = shellLanguage();
  const created = createBackend({
    mode: 'desktop',
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    platform: process.platform,
    // Inside an asar archive a worker must be loaded from the unpacked copy.
    importWorker: join(import.meta.dirname, 'import-worker.js').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    // Reports print with the app's own Chromium: no browser needs to be installed.
    renderPdf: renderPdfWithElectron,
  });
  backend = created;
  // The window loads while the database opens; IPC calls wait for this before running.
  startupOpened = openStartupWorkspace(created.session, lang).catch((e: unknown) => {
    console.error('opening the start-up workspace failed', e);
  });

  const actions = createWorkspaceActions(created.session, lang, startupOpened);
  registerIpc(created, actions, startupOpened);
  installAppMenu(actions, lang);
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  backend?.close();
  backend = null;
});
