/** What the app knows about the backend and the open workspace. */
import { create } from 'zustand';
import type { AppInfo, WorkspaceStatus } from '../../../shared/ops/workspace';
import { api } from '../../api/client';

export type WorkspaceDialog = 'new' | 'open' | 'save' | 'backups';

interface WorkspaceState {
  info: AppInfo | null;
  status: WorkspaceStatus | null;
  /** Set when the backend could not be reached at all. */
  loadError: unknown;
  /** Bumped whenever the workspace under the UI changed; pages reload their data on it. */
  generation: number;
  dialog: WorkspaceDialog | null;
  refresh(): Promise<void>;
  applyStatus(status: WorkspaceStatus): void;
  openDialog(dialog: WorkspaceDialog): void;
  closeDialog(): void;
}

/** The start-up status request, sent before the UI renders; the first refresh takes it. */
let early: Promise<void> | null = null;

export const useWorkspace = create<WorkspaceState>()((set, get) => ({
  info: null,
  status: null,
  loadError: null,
  generation: 0,
  dialog: null,

  async refresh() {
    if (early) {
      const pending = early;
      early = null;
      return pending;
    }
    return settle(Promise.all([get().info ?? api['app.info']({}), api['workspace.status']({})]));
  },

  applyStatus(status) {
    set((s) => ({ status, generation: s.generation + 1 }));
  },

  openDialog(dialog) {
    set({ dialog });
  },

  closeDialog() {
    set({ dialog: null });
  },
}));

/** Puts the answers (or the failure) of an info + status request into the store. */
async function settle(request: Promise<[AppInfo, WorkspaceStatus]>): Promise<void> {
  try {
    const [info, status] = await request;
    useWorkspace.setState((s) => ({ info, status, loadError: null, generation: s.generation + 1 }));
  } catch (error) {
    useWorkspace.setState({ loadError: error });
  }
}

/** True when a workspace is open and usable. */
export const hasWorkspace = (status: WorkspaceStatus | null): boolean => !!status && status.path !== null && status.error === null;

/**
 * Call once at start-up with the requests already sent (app/boot.ts): the store takes their
 * answers, and the first refresh (the workspace gate's) is answered by them too. The promise
 * settles once the store has the answer or the error.
 */
export function loadWorkspaceEarly(info: Promise<AppInfo>, status: Promise<WorkspaceStatus>): Promise<void> {
  early = settle(Promise.all([info, status]));
  return early;
}
