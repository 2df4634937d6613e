/** The journey list of the open workspace, and the commands that change it. */
import { create } from 'zustand';
import type { OpInput } from '../../../shared/contract';
import type { JourneyMeta, JourneySummary } from '../../../shared/domain/journey';
import { api } from '../../api/client';
import { showError } from '../../ui/feedback';
import { useWorkspace } from '../workspace';

export type NewJourney = OpInput<'journeys.create'>;

interface JourneysState {
  items: JourneySummary[];
  loaded: boolean;
  loading: boolean;
  loadError: unknown;
  load(): Promise<void>;
  /** `handle` may take a failure over (e.g. to show it next to a field); else it is shown as a message. */
  create(input: NewJourney, handle?: ErrorHandler): Promise<JourneySummary | null>;
  update(id: string, patch: Partial<JourneyMeta>, handle?: ErrorHandler): Promise<JourneySummary | null>;
  duplicate(id: string, name: string): Promise<JourneySummary | null>;
  remove(id: string): Promise<boolean>;
  restore(id: string): Promise<JourneySummary | null>;
}

const byUpdatedDesc = (a: JourneySummary, b: JourneySummary) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);

function upsert(items: JourneySummary[], journey: JourneySummary): JourneySummary[] {
  const rest = items.filter((j) => j.id !== journey.id);
  return [journey, ...rest].sort(byUpdatedDesc);
}

/** Returns true when it dealt with the error itself. */
export type ErrorHandler = (error: unknown) => boolean;

/** Runs a command, showing a failure as a translated message unless `handle` takes it; resolves to null then. */
async function attempt<T>(work: () => Promise<T>, handle?: ErrorHandler): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!handle?.(error)) showError(error);
    return null;
  }
}

/** The start-up list request, put into the store; resolves to whether it succeeded. */
let early: Promise<boolean> | null = null;

/**
 * Call once at start-up with the list request already sent (app/boot.ts) when the app opens on
 * the list: the store takes the answer, and the page's first load is answered by it.
 */
export function prefetchJourneys(list: Promise<JourneySummary[]>): Promise<boolean> {
  early = list.then(
    (items) => {
      useJourneys.setState({ items: [...items].sort(byUpdatedDesc), loaded: true, loading: false, loadError: null });
      return true;
    },
    () => false,
  );
  return early;
}

export const useJourneys = create<JourneysState>()((set) => ({
  items: [],
  loaded: false,
  loading: false,
  loadError: null,

  async load() {
    // The start-up answer serves the first load, unless the workspace changed since.
    const pending = early && useWorkspace.getState().generation <= 1 ? early : null;
    early = null;
    if (pending && (await pending)) return;
    set({ loading: true });
    try {
      const items = await api['journeys.list']({});
      set({ items: [...items].sort(byUpdatedDesc), loaded: true, loading: false, loadError: null });
    } catch (error) {
      set({ loading: false, loadError: error });
    }
  },

  async create(input, handle) {
    const created = await attempt(() => api['journeys.create'](input), handle);
    if (created) set((s) => ({ items: upsert(s.items, created) }));
    return created;
  },

  async update(id, patch, handle) {
    const updated = await attempt(() => api['journeys.update']({ id, patch }), handle);
    if (updated) set((s) => ({ items: upsert(s.items, updated) }));
    return updated;
  },

  async duplicate(id, name) {
    const copy = await attempt(() => api['journeys.duplicate']({ id, name }));
    if (copy) set((s) => ({ items: upsert(s.items, copy) }));
    return copy;
  },

  async remove(id) {
    const done = await attempt(() => api['journeys.delete']({ id }));
    if (done) set((s) => ({ items: s.items.filter((j) => j.id !== id) }));
    return done !== null;
  },

  async restore(id) {
    const restored = await attempt(() => api['journeys.restore']({ id }));
    if (restored) set((s) => ({ items: upsert(s.items, restored) }));
    return restored;
  },
}));
