/** Presentation (workshop) mode: on or off, and which stage is shown. */
import { create } from 'zustand';
import { useDoc } from '../store/docStore';

interface PresentationState {
  active: boolean;
  stage: number;
}

export const usePresentation = create<PresentationState>()(() => ({ active: false, stage: 0 }));

const stageCount = () => useDoc.getState().stages.length;

export function startPresentation(stage = 0): void {
  usePresentation.setState({ active: true, stage: Math.min(Math.max(0, stage), Math.max(0, stageCount() - 1)) });
  const root = document.documentElement;
  // Full screen where the platform allows it; the overlay works without it.
  if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => {});
}

export function stopPresentation(): void {
  if (!usePresentation.getState().active) return;
  usePresentation.setState({ active: false });
  if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
}

export function togglePresentation(): void {
  if (usePresentation.getState().active) stopPresentation();
  else startPresentation();
}

export function stepStage(delta: number): void {
  const { stage } = usePresentation.getState();
  const next = Math.min(Math.max(0, stage + delta), Math.max(0, stageCount() - 1));
  if (next !== stage) usePresentation.setState({ stage: next });
}

export function gotoStage(index: number): void {
  usePresentation.setState({ stage: Math.min(Math.max(0, index), Math.max(0, stageCount() - 1)) });
}
