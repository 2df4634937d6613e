/**
 * The workspace commands that need a native file dialog: new, open, save a copy.
 * Shared by the File menu and the renderer's `shell.*` bridge calls, so both paths
 * ask the same questions and report the same envelopes.
 */
import { basename, dirname, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { WORKSPACE_CHANGED_CHANNEL, type ShellCommand } from '../../shared/operations';
import { AppError, type AppErrorData, type Envelope } from '../../shared/errors';
import type { Backend } from '../backend/index';

/** Languages the shell's own strings (menu, dialogs) come in. */
export type ShellLanguage = 'zh-CN' | 'en';

/** The OS language, narrowed to the two the app ships. Valid only after `app` is ready. */
export function shellLanguage(): ShellLanguage {
  return app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A dialog command: resolves to the new status (or copy result), `null` when cancelled. */
export type WorkspaceAction = (parent: BrowserWindow | null) => Promise<Envelope<unknown>>;
export type WorkspaceActions = Readonly<Record<ShellCommand, WorkspaceAction>>;

const EXTENSION = '.jaudit';

const TEXT = {
  en: { create: 'New workspace', open: 'Open workspace', copy: 'Save a copy', filter: 'Journey Audit workspace', copySuffix: 'copy' },
  'zh-CN': { create: '新建工作区', open: '打开工作区', copy: '另存副本', filter: 'Journey Audit 工作区', copySuffix: '副本' },
} as const satisfies Record<ShellLanguage, Record<string, string>>;

const CANCELLED: Envelope<null> = { ok: true, value: null };

function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toJSON();
  console.error('workspace action failed', e);
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

/** Tells every window to reload what it shows: the workspace under it changed. */
export function broadcastWorkspaceChanged(): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(WORKSPACE_CHANGED_CHANNEL);
  }
}

// Linux save dialogs do not append the filter's extension; the file should still open on double-click.
function withExtension(path: string): string {
  return extname(path).toLowerCase() === EXTENSION ? path : path + EXTENSION;
}

function localDate(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function askSavePath(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : withExtension(result.filePath);
}

async function askOpenPath(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Builds the dialog commands over one backend session.
 *
 * @param session - the backend's workspace session.
 * @param lang - language of dialog titles, and of nothing else: new workspaces start empty.
 * @param opened - settles when the start-up workspace is open; a switch must not race it.
 */
export function createWorkspaceActions(
  session: Backend['session'],
  lang: ShellLanguage,
  opened: Promise<unknown>,
): WorkspaceActions {
  const text = TEXT[lang];
  const filters = [{ name: text.filter, extensions: [EXTENSION.slice(1)] }];
  // The menu and a button can both ask at once; a second dialog on top of the first helps no one.
  let busy = false;

  const run = async (work: () => Promise<Envelope<unknown>>): Promise<Envelope<unknown>> => {
    if (busy) return CANCELLED;
    busy = true;
    try {
      await opened;
      return await work();
    } catch (e) {
      return { ok: false, error: toErrorData(e) };
    } finally {
      busy = false;
    }
  };

  return {
    newWorkspace: (parent) =>
      run(async () => {
        const path = await askSavePath(parent, {
          title: text.create,
          defaultPath: join(app.getPath('documents'), `Journey Audit${EXTENSION}`),
          filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (!path) return CANCELLED;
        const status = await session.create(path, { sample: false, lang });
        broadcastWorkspaceChanged();
        return { ok: true, value: status };
      }),

    openWorkspace: (parent) =>
      run(async () => {
        const current = session.status().path;
        const path = await askOpenPath(parent, {
          title: text.open,
          defaultPath: current ? dirname(current) : app.getPath('documents'),
          filters,
          properties: ['openFile'],
        });
        if (!path) return CANCELLED;
        const status = await session.open(path);
        broadcastWorkspaceChanged();
        return { ok: true, value: status };
      }),

    saveCopy: (parent) =>
      run(async () => {
        const current = session.status().path;
        if (!current) {
          return { ok: false, error: { code: 'no_workspace', message: 'No workspace is open.' } };
        }
        const path = await askSavePath(parent, {
          title: text.copy,
          defaultPath: join(dirname(current), `${basename(current, EXTENSION)} (${text.copySuffix} ${localDate()})${EXTENSION}`),
          filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (!path) return CANCELLED;
        // The dialog has asked before replacing a file (showOverwriteConfirmation).
        return { ok: true, value: await session.saveCopy(path, { overwrite: true }) };
      }),
  };
}
