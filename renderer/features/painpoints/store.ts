/**
 * The Pain points page's data: the ranked list and the rules (one `painPoints.list` call),
 * and what the reader picked — filters and sort. Filtering and sorting run here in the
 * renderer (pure helpers), so a keystroke never waits for the backend.
 */
import { create } from 'zustand';
import type { VersionedRules } from '../../../shared/ops/painpoints';
import { rankBySeverity, type ReviewStatus } from '../../../shared/domain/painpoints/review';
import type { Cause } from '../../../shared/domain/painpoints/taxonomy';
import type { PainPoint } from '../../../shared/ops/painpoints';
import { api } from '../../api/client';
import { setPainRules } from '../../lib/painRules';
import { myDepartment } from './myDepartment';
import { markFilterStart, markListStart } from './perf';

export interface Filters {
  journeyIds: string[];
  departmentIds: string[];
  owner: string;
  causes: Cause[];
  statuses: ReviewStatus[];
  search: string;
}

export type SortKey = 'severity' | 'money' | 'title';
export interface Sort {
  key: SortKey;
  order: 'ascend' | 'descend';
}

export const NO_FILTERS: Filters = { journeyIds: [], departmentIds: [], owner: '', causes: [], statuses: [], search: '' };
export const DEFAULT_SORT: Sort = { key: 'severity', order: 'descend' };

interface PainPointsState {
  points: PainPoint[];
  rules: VersionedRules | null;
  /** The workspace generation the list was loaded for; -1 before the first load. */
  loadedFor: number;
  loading: boolean;
  error: unknown;
  filters: Filters;
  sort: Sort;
  load(generation: number): Promise<void>;
  setFilters(patch: Partial<Filters>): void;
  setSort(sort: Sort): void;
  /** Puts a point changed in the detail back into the list, keeping the ranking. */
  put(point: PainPoint): void;
}

let ticket = 0;

function initialFilters(): Filters {
  const mine = myDepartment();
  return mine ? { ...NO_FILTERS, departmentIds: [mine] } : NO_FILTERS;
}

export const usePainPoints = create<PainPointsState>()((set, get) => ({
  points: [],
  rules: null,
  loadedFor: -1,
  loading: false,
  error: null,
  // Whoever picked their department opens the list on it.
  filters: initialFilters(),
  sort: DEFAULT_SORT,

  async load(generation) {
    const mine = ++ticket;
    set({ loading: true, error: null });
    try {
      const { points, rules } = await api['painPoints.list']({});
      if (mine !== ticket) return;
      markListStart();
      setPainRules(rules);
      set({ points, rules, loadedFor: generation, loading: false });
    } catch (error) {
      if (mine === ticket) set({ loading: false, error });
    }
  },

  setFilters(patch) {
    markFilterStart();
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },

  setSort(sort) {
    markFilterStart();
    set({ sort });
  },

  put(point) {
    const points = get().points;
    const at = points.findIndex((p) => p.touchpointId === point.touchpointId);
    const next = at >= 0 ? points.map((p, i) => (i === at ? point : p)) : [...points, point];
    // Only a changed severity can move a point; anything else keeps the order as it is.
    const moved = at < 0 || points[at]!.severity !== point.severity;
    set({ points: moved ? rankBySeverity(next) : next });
  },
}));
