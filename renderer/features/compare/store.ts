/** The Compare page's data (the comparison of the picked rounds) and the table's filters, shared by the table and the charts. */
import { create } from 'zustand';
import type { Comparison, CompareRequest, ItemKind } from '../../../shared/ops/compare';
import { api } from '../../api/client';

export interface ItemFilters {
  kind: ItemKind | 'all';
  significantOnly: boolean;
  search: string;
  /** null: the whole round; '*': every group; else one group's value. */
  group: string | null;
}

const NO_FILTERS: ItemFilters = { kind: 'all', significantOnly: false, search: '', group: null };

interface CompareState {
  /** The request the current `comparison` (or `error`) answers. */
  key: string | null;
  comparison: Comparison | null;
  loading: boolean;
  error: unknown;
  filters: ItemFilters;
  load(req: CompareRequest, generation: number): Promise<void>;
  clear(): void;
  setFilters(patch: Partial<ItemFilters>): void;
}

let latest = 0;

export const useCompare = create<CompareState>()((set, get) => ({
  key: null,
  comparison: null,
  loading: false,
  error: null,
  filters: NO_FILTERS,

  async load(req, generation) {
    const key = JSON.stringify([req, generation]);
    if (get().key === key && (get().comparison || get().loading)) return;
    const ticket = ++latest;
    // A new breakdown keeps the other filters; the group picked for another breakdown means nothing now.
    const sameBy = get().comparison?.by === req.by;
    set((s) => ({ key, loading: true, error: null, filters: sameBy ? s.filters : { ...s.filters, group: null } }));
    try {
      const comparison = await api['compare.rounds'](req);
      if (ticket === latest) set({ comparison, loading: false });
    } catch (error) {
      if (ticket === latest) set({ comparison: null, loading: false, error });
    }
  },

  clear() {
    latest++;
    set({ key: null, comparison: null, loading: false, error: null });
  },

  setFilters(patch) {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },
}));
