/**
 * The sandboxed preload: exposes `window.journeyAudit`, one function per contract
 * operation and per shell command. Bundled as CommonJS with nothing but `electron`
 * external, so it imports only the name lists (no schemas, no Node modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  OPERATION_NAMES,
  SHELL_COMMANDS,
  WORKSPACE_CHANGED_CHANNEL,
  channelOf,
  shellChannelOf,
  type OperationName,
  type ShellCommand,
} from '../shared/operations';
import type { DesktopBridge, RawOperation } from '../shared/bridge';
import type { Envelope } from '../shared/errors';

// Built from the shared name lists so an operation added to the contract appears here
// without a hand edit; each entry still reaches exactly one channel.
const ops = Object.fromEntries(
  OPERATION_NAMES.map((name): [OperationName, RawOperation] => [
    name,
    (input) => ipcRenderer.invoke(channelOf(name), input) as Promise<Envelope<unknown>>,
  ]),
) as Record<OperationName, RawOperation>;

const shell = Object.fromEntries(
  SHELL_COMMANDS.map((command): [ShellCommand, () => Promise<Envelope<unknown>>] => [
    command,
    // No arguments cross: the main process asks the user for the path itself.
    () => ipcRenderer.invoke(shellChannelOf(command)) as Promise<Envelope<unknown>>,
  ]),
) as Record<ShellCommand, () => Promise<Envelope<unknown>>>;

const bridge = {
  platform: process.platform,
  ops,
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
