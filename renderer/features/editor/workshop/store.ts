/**
 * The facilitator's live session: the start dialog, the running session's view (kept current
 * by waiting on `workshop.status`, so a vote shows within milliseconds), pacing and applying.
 */
import { create } from 'zustand';
import type { Measure, TouchpointChoice } from '../../../../shared/domain/workshop/types';
import { appliedValue } from '../../../../shared/domain/workshop/results';
import type { OpenTarget, SessionView, WorkshopResults } from '../../../../shared/ops/workshop';
import { api } from '../../../api/client';
import { useDoc } from '../store/docStore';

interface WorkshopState {
  dialog: boolean;
  /** The projector view is showing (else the session runs on behind the map). */
  shown: boolean;
  session: SessionView | null;
  results: WorkshopResults | null;
  error: unknown;
}

export const useWorkshop = create<WorkshopState>()(() => ({ dialog: false, shown: false, session: null, results: null, error: null }));

const set = (patch: Partial<WorkshopState>) => useWorkshop.setState(patch);
let watching: string | null = null;

export const openStartDialog = () => set({ dialog: true });
export const closeStartDialog = () => set({ dialog: false });
export const showProjector = (shown: boolean) => set({ shown });

async function refreshResults(view: SessionView): Promise<void> {
  set({ results: view.revealed ? await api['workshop.results']({ sessionId: view.id, privacyMin: 5 }) : null });
}

/** Keeps the view current until the session ends or another one is adopted. */
async function watch(sessionId: string): Promise<void> {
  watching = sessionId;
  while (watching === sessionId) {
    const cur = useWorkshop.getState().session;
    if (!cur || cur.id !== sessionId || cur.state !== 'running') return;
    try {
      const view = await api['workshop.status']({ sessionId, since: cur.seq, waitMs: 15_000 });
      if (watching !== sessionId) return;
      set({ session: view });
      if (view.revealed) await refreshResults(view);
    } catch (error) {
      set({ error });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function adopt(view: SessionView): void {
  set({ session: view, shown: true, dialog: false, error: null });
  void refreshResults(view);
  void watch(view.id);
}

export async function startSession(input: { journeyId: string; touchpoints: TouchpointChoice; measures: Measure[]; askDepartment: boolean; host: string }): Promise<void> {
  const view = await api['workshop.start'](input);
  adopt(await api['workshop.open']({ sessionId: view.id, target: { kind: 'all' } }));
}

export async function resumeSession(sessionId: string): Promise<void> {
  adopt(await api['workshop.resume']({ sessionId }));
}

/** Runs a pacing operation and shows its result at once. */
async function pace(run: () => Promise<SessionView>): Promise<void> {
  const view = await run();
  set({ session: view });
  await refreshResults(view);
}

export const openItems = (sessionId: string, target: OpenTarget) => pace(() => api['workshop.open']({ sessionId, target }));
export const lockItem = (sessionId: string, touchpointId: string, locked: boolean) => pace(() => api['workshop.lock']({ sessionId, touchpointId, locked }));
export const reveal = (sessionId: string, revealed: boolean) => pace(() => api['workshop.reveal']({ sessionId, revealed }));

export async function endSession(sessionId: string): Promise<void> {
  watching = null;
  await api['workshop.close']({ sessionId });
  set({ session: null, results: null, shown: false });
}

/** Forgets the session in this window (leaving the journey); it keeps running in the backend. */
export function detach(): void {
  watching = null;
  set({ session: null, results: null, shown: false, dialog: false });
}

/**
 * Sets the chosen touchpoints' ratings to the room's medians as one editor change (one undo
 * step, saved like any edit), then saves the votes as the session's survey round.
 */
export async function applyResults(touchpointIds: string[] | null): Promise<{ roundLabel: string }> {
  const { session, results } = useWorkshop.getState();
  if (!session || !results) throw new Error('Reveal the results first');
  const wanted = touchpointIds ? new Set(touchpointIds) : null;
  const patches = new Map<string, Record<string, number>>();
  for (const item of results.items) {
    if (wanted && !wanted.has(item.touchpointId)) continue;
    const patch: Record<string, number> = {};
    for (const m of item.measures) {
      const v = appliedValue(m.median);
      if (m.n > 0 && v !== null) patch[m.measure] = v;
    }
    if (Object.keys(patch).length) patches.set(item.touchpointId, patch);
  }
  if (patches.size) useDoc.getState().apply((doc) => ({ touchpoints: doc.touchpoints.map((t) => (patches.has(t.id) ? { ...t, ...patches.get(t.id)! } : t)) }));
  const saved = await api['workshop.apply']({ sessionId: session.id, touchpointIds, writeMap: false });
  const summary = await api['surveys.get']({ id: saved.surveyId });
  const view = await api['workshop.status']({ sessionId: session.id });
  set({ session: view });
  return { roundLabel: summary.rounds.find((r) => r.id === saved.roundId)?.label ?? '' };
}
