/**
 * The sandboxed preload: exposes `window.journeyAudit`: one function for the contract
 * operations (on the one operation channel) and one per shell command. Bundled as CommonJS
 * with nothing but `electron` external, so it imports only the channel names (no schemas,
 * no Node modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  OPERATION_CHANNEL,
  SHELL_COMMANDS,
  WORKSPACE_CHANGED_CHANNEL,
  shellChannelOf,
  type ShellCommand,
} from '../../shared/operations';
import type { DesktopBridge } from '../../shared/bridge';
import type { Envelope } from '../../shared/errors';

const shell = Object.fromEntries(
  SHELL_COMMANDS.map((command): [ShellCommand, () => Promise<Envelope<unknown>>] => [
    command,
    // No arguments cross: the main process asks the user for the path itself.
    () => ipcRenderer.invoke(shellChannelOf(command)) as Promise<Envelope<unknown>>,
  ]),
) as Record<ShellCommand, () => Promise<Envelope<unknown>>>;

const bridge = {
  platform: process.platform,
  call(name, input) {
    // Only the name (a string) and the input cross; which channel is used is fixed here.
    if (typeof name !== 'string') throw new TypeError('call needs an operation name');
    return ipcRenderer.invoke(OPERATION_CHANNEL, name, input) as Promise<Envelope<unknown>>;
  },
  shell,
  onWorkspaceChanged(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onWorkspaceChanged needs a function');
    // The IPC event object stays here: it carries `sender`, i.e. the ipcRenderer.
    const relay = (): void => listener();
    ipcRenderer.on(WORKSPACE_CHANGED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(WORKSPACE_CHANGED_CHANNEL, relay);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('journeyAudit', bridge);
