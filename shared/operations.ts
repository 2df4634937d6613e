/**
 * The IPC channels between the desktop renderer and the main process. Kept free of imports
 * so the sandboxed preload can bundle it without pulling in the schemas.
 */

/**
 * The one IPC channel every contract operation travels on, as (name, input). The main process
 * checks the sender, then the backend's dispatch answers a name outside the registry with
 * `unknown_operation` and validates the input against the operation's schema.
 */
export const OPERATION_CHANNEL = 'op';

/**
 * Desktop-only commands run by the Electron main process (native dialogs).
 * Browser mode offers the same actions through in-app forms instead.
 */
export const SHELL_COMMANDS = ['newWorkspace', 'openWorkspace', 'saveCopy'] as const;
export type ShellCommand = (typeof SHELL_COMMANDS)[number];
export const shellChannelOf = (name: ShellCommand): string => `shell:${name}`;

/** Event sent from main to the renderer when the open workspace changed. */
export const WORKSPACE_CHANGED_CHANNEL = 'event:workspace-changed';
