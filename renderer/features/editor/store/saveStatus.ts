/** What the toolbar's save indicator and the conflict dialog show. */
import { create } from 'zustand';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'deleted';

interface SaveState {
  status: SaveStatus;
  error: unknown;
  setStatus(status: SaveStatus, error?: unknown): void;
  /** Reloads the journey, dropping unsaved local changes (set by the running autosave). */
  reload: () => Promise<void>;
}

export const useSave = create<SaveState>()((set) => ({
  status: 'saved',
  error: null,
  setStatus: (status, error = null) => set({ status, error }),
  reload: async () => {},
}));
