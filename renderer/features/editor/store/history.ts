/** Hooks onto the undo history, for the toolbar and the help panel. */
import { useStore } from 'zustand';
import { useDoc } from './docStore';

export const useCanUndo = () => useStore(useDoc.temporal, (h) => h.pastStates.length > 0);
export const useCanRedo = () => useStore(useDoc.temporal, (h) => h.futureStates.length > 0);
export const canUndo = () => useDoc.temporal.getState().pastStates.length > 0;
export const canRedo = () => useDoc.temporal.getState().futureStates.length > 0;

/** Runs `work` with history paused (a drag), then resumes; the caller commits one step after. */
export function pauseHistory(): void {
  useDoc.temporal.getState().pause();
}
export function resumeHistory(): void {
  useDoc.temporal.getState().resume();
}
