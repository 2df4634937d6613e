/**
 * The shell's security policy: our windows show only our own pages, open no other
 * windows, embed no webviews and are granted no permissions. Applied once at start-up,
 * before the first window exists, so no web contents ever runs without it.
 */
import { app, BrowserWindow, session, shell, webContents, type WebFrameMain } from 'electron';
import { isAllowedExternal } from './external-links';

export { isAllowedExternal };

/** Scheme and host the renderer is served from (see the protocol handler in main.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-audit';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The Vite dev server's origin during `electron-vite dev`; never set in a packaged app. */
let devServerOrigin: string | null = null;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL belongs to our renderer. Compares scheme and host by hand because
 * WHATWG `URL.origin` is "null" for non-special schemes such as `app:`.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  return devServerOrigin !== null && u.origin === devServerOrigin;
}

/** Whether a link may be handed to the system browser. */

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternal(url)) void shell.openExternal(url);
}

/**
 * Whether an IPC message comes from one of our pages in one of our windows. A frame
 * that navigated elsewhere, a subframe of foreign origin or a stray web contents
 * (a devtools extension, say) is refused.
 */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame || !isAppUrl(frame.url)) return false;
  const contents = webContents.fromFrame(frame);
  if (!contents) return false;
  return BrowserWindow.getAllWindows().some((win) => !win.isDestroyed() && win.webContents === contents);
}

/**
 * Locks down every web contents and the default session. Call after `app` is ready
 * (the default session does not exist before) and before the first window is created.
 *
 * @param devServerUrl - the dev server URL when running unpackaged under `electron-vite dev`.
 */
export function applySecurityPolicy(devServerUrl?: string): void {
  if (devServerUrl && !app.isPackaged) devServerOrigin = parse(devServerUrl)?.origin ?? null;

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      // Reloads and in-app page changes stay; everything else leaves the app, so it is
      // stopped here and, if allow-listed, shown in the user's browser instead.
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      openExternalIfAllowed(event.url);
    });
    // will-navigate covers the main frame only; a subframe (none today) may not leave either.
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfAllowed(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}
