/** The survey list of the open workspace, and the commands that change it. */
import { create } from 'zustand';
import type { OpInput } from '../../../shared/contract';
import type { SurveyMeta, SurveySummary } from '../../../shared/domain/survey/types';
import { api } from '../../api/client';
import { attempt } from './errors';

export type NewSurvey = OpInput<'surveys.create'>;

interface SurveysState {
  items: SurveySummary[];
  loaded: boolean;
  loading: boolean;
  loadError: unknown;
  load(): Promise<void>;
  create(input: NewSurvey): Promise<SurveySummary | null>;
  /** `baseVersion`: the version of the survey the form showed. */
  update(id: string, patch: Partial<SurveyMeta>, baseVersion: number): Promise<SurveySummary | null>;
  remove(id: string, baseVersion: number): Promise<boolean>;
  /** Puts a survey changed elsewhere (detail page, import) back into the list. */
  put(survey: SurveySummary): void;
}

const byUpdatedDesc = (a: SurveySummary, b: SurveySummary) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name);

function upsert(items: SurveySummary[], survey: SurveySummary): SurveySummary[] {
  return [survey, ...items.filter((s) => s.id !== survey.id)].sort(byUpdatedDesc);
}

/** After a refused stale change: the list, and the open survey page if it shows this survey. */
async function reloadBoth(get: () => SurveysState, id: string): Promise<void> {
  await get().load();
  const { useSurveyDetail } = await import('./detail/store');
  if (useSurveyDetail.getState().id === id) await useSurveyDetail.getState().reload();
}

export const useSurveys = create<SurveysState>()((set, get) => ({
  items: [],
  loaded: false,
  loading: false,
  loadError: null,

  async load() {
    set({ loading: true });
    try {
      const items = await api['surveys.list']({});
      set({ items: [...items].sort(byUpdatedDesc), loaded: true, loading: false, loadError: null });
    } catch (error) {
      set({ loading: false, loadError: error });
    }
  },

  async create(input) {
    const created = await attempt(() => api['surveys.create'](input));
    if (created) set((s) => ({ items: upsert(s.items, created) }));
    return created;
  },

  async update(id, patch, baseVersion) {
    const updated = await attempt(() => api['surveys.update']({ id, patch, baseVersion }), () => reloadBoth(get, id));
    if (updated) set((s) => ({ items: upsert(s.items, updated) }));
    return updated;
  },

  async remove(id, baseVersion) {
    const done = await attempt(() => api['surveys.delete']({ id, baseVersion }), () => reloadBoth(get, id));
    if (done) set((s) => ({ items: s.items.filter((x) => x.id !== id) }));
    return done !== null;
  },

  put(survey) {
    set((s) => (s.loaded ? { items: upsert(s.items, survey) } : {}));
  },
}));
