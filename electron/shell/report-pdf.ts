/**
 * HTML → PDF in the desktop app with Electron's own Chromium: the report is loaded into a
 * hidden, sandboxed window with JavaScript off, in an in-memory session that may fetch
 * nothing but the report itself, and printed with `printToPDF`. Replaces the backend's
 * search for an installed browser when the app runs under Electron.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { RenderPdf } from '../backend/options';

const PARTITION = 'report-print';
let locked = false;

/** The print session fetches the report file and inline data, nothing else. */
function printSession(allowed: Set<string>): Electron.Session {
  const ses = session.fromPartition(PARTITION, { cache: false });
  if (!locked) {
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(allowed.has(details.url) || details.url.startsWith('data:')) }));
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    locked = true;
  }
  return ses;
}

const allowedUrls = new Set<string>();

export const renderPdfWithElectron: RenderPdf = async (html, opts) => {
  const dir = await mkdtemp(join(tmpdir(), 'journey-audit-pdf-'));
  const file = join(dir, 'report.html');
  const url = pathToFileURL(file).href;
  await writeFile(file, html, 'utf8');
  allowedUrls.add(url);
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      session: printSession(allowedUrls),
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      images: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const abort = () => {
    if (!win.isDestroyed()) win.destroy();
  };
  opts?.signal?.addEventListener('abort', abort, { once: true });
  try {
    await win.loadURL(url);
    if (opts?.signal?.aborted) throw new Error('The export was cancelled');
    // preferCSSPageSize lets the report's landscape page for the map keep its orientation.
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true });
  } finally {
    opts?.signal?.removeEventListener('abort', abort);
    abort();
    allowedUrls.delete(url);
    await rm(dir, { recursive: true, force: true });
  }
};
