/**
 * Workspace commands: native dialogs in the desktop app, in-app forms in browser mode.
 */
import type { WorkspaceStatus } from '../../../shared/ops/workspace';
import { AppError, isAppErrorData, type Envelope } from '../../../shared/errors';
import type { ShellCommand } from '../../../shared/operations';
import { isDesktop } from '../../api/client';
import { showError, showSuccess } from '../../ui/feedback';
import i18n from '../../i18n';
import { formatBytes } from '../../lib/format';
import { useWorkspace, type WorkspaceDialog } from './store';

const DIALOG_OF: Record<ShellCommand, WorkspaceDialog> = { newWorkspace: 'new', openWorkspace: 'open', saveCopy: 'save' };

function isCopyResult(v: unknown): v is { path: string; bytes: number } {
  return typeof v === 'object' && v !== null && typeof (v as { bytes?: unknown }).bytes === 'number';
}

function isStatus(v: unknown): v is WorkspaceStatus {
  return typeof v === 'object' && v !== null && 'path' in v && 'error' in v;
}

/** Reports a finished desktop command; returns nothing, the store is already updated. */
async function afterShell(command: ShellCommand, envelope: Envelope<unknown>): Promise<void> {
  if (!envelope.ok) {
    showError(isAppErrorData(envelope.error) ? new AppError(envelope.error) : envelope.error);
    return;
  }
  const value = envelope.value;
  if (value === null || value === undefined) return;
  if (command === 'saveCopy' && isCopyResult(value)) {
    showSuccess(i18n.t('workspace.copied', { path: value.path, size: formatBytes(value.bytes, i18n.language) }));
    return;
  }
  if (isStatus(value) && value.error) showError(value.error);
  else if (isStatus(value) && value.path) {
    showSuccess(i18n.t(command === 'newWorkspace' ? 'workspace.created' : 'workspace.opened', { path: value.path }));
  }
  await useWorkspace.getState().refresh();
}

export async function runWorkspaceCommand(command: ShellCommand): Promise<void> {
  const bridge = isDesktop() ? window.journeyAudit : undefined;
  if (!bridge) {
    useWorkspace.getState().openDialog(DIALOG_OF[command]);
    return;
  }
  try {
    await afterShell(command, await bridge.shell[command]());
  } catch (error) {
    showError(error);
  }
}

export const newWorkspace = () => runWorkspaceCommand('newWorkspace');
export const openWorkspace = () => runWorkspaceCommand('openWorkspace');
export const saveWorkspaceCopy = () => runWorkspaceCommand('saveCopy');

/** In the desktop app, menu actions change the workspace behind the UI's back: reload then. */
export function subscribeToWorkspaceChanges(): () => void {
  const bridge = isDesktop() ? window.journeyAudit : undefined;
  if (!bridge) return () => undefined;
  return bridge.onWorkspaceChanged(() => void useWorkspace.getState().refresh());
}
