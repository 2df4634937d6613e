/**
 * What the preload script exposes on `window.journeyAudit` in the desktop app.
 * Each member is a single purpose-built function; there is no generic invoke.
 */
import type { Envelope } from './errors';
import type { OperationName, ShellCommand } from './operations';

export type RawOperation = (input: unknown) => Promise<Envelope<unknown>>;

export interface DesktopBridge {
  readonly platform: string;
  /** One function per contract operation, returning the transport envelope. */
  readonly ops: { readonly [K in OperationName]: RawOperation };
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
