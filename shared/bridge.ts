/**
 * What the preload script exposes on `window.journeyAudit` in the desktop app. No channel
 * name crosses it: operations go to the one operation channel, each shell command to its own.
 */
import type { OperationName } from './contract';
import type { Envelope } from './errors';
import type { ShellCommand } from './operations';

export interface DesktopBridge {
  readonly platform: string;
  /** Runs a contract operation, returning the transport envelope (`unknown_operation` for a name outside the registry). */
  call(name: OperationName, input: unknown): Promise<Envelope<unknown>>;
  /** Native-dialog commands run by the main process; resolve to the new status or null when cancelled. */
  readonly shell: { readonly [K in ShellCommand]: () => Promise<Envelope<unknown>> };
  /** Subscribe to "the open workspace changed" (menu actions); returns an unsubscribe function. */
  onWorkspaceChanged(listener: () => void): () => void;
}

declare global {
  interface Window {
    journeyAudit?: DesktopBridge;
  }
}
