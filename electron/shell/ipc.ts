/**
 * IPC handlers: the operation channel (carrying an operation's name and input) and one
 * channel per shell command. Every call is checked to come from our own page before any work
 * is done; the name and the input are checked by the backend's `dispatch`, shared with the
 * HTTP transport.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { OPERATION_CHANNEL, SHELL_COMMANDS, shellChannelOf } from '../../shared/operations';
import type { Envelope } from '../../shared/errors';
import type { Backend } from '../backend/index';
import { isTrustedSender } from './security';
import type { WorkspaceActions } from './workspace-actions';

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'IPC call refused: the sender is not a Journey Audit window.' },
};

function trusted(event: IpcMainInvokeEvent): boolean {
  if (isTrustedSender(event.senderFrame)) return true;
  console.warn(`refused IPC from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
  return false;
}

/**
 * Registers the handlers. Call once, after `app` is ready and before any window loads.
 *
 * @param opened - settles once the start-up workspace is open (or failed to open). Calls
 *   wait for it, so a window can load while the database opens without seeing a
 *   half-started session.
 * @returns a function removing every handler (for an orderly shutdown).
 */
export function registerIpc(backend: Backend, actions: WorkspaceActions, opened: Promise<unknown>): () => void {
  const channels: string[] = [OPERATION_CHANNEL];

  ipcMain.handle(OPERATION_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!trusted(event)) return UNAUTHORIZED;
    await opened;
    return backend.dispatch(typeof name === 'string' ? name : '', input);
  });

  for (const command of SHELL_COMMANDS) {
    const channel = shellChannelOf(command);
    // The shell commands take no input: everything they need comes from the dialog.
    ipcMain.handle(channel, (event) =>
      trusted(event) ? actions[command](BrowserWindow.fromWebContents(event.sender)) : UNAUTHORIZED,
    );
    channels.push(channel);
  }

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
