/** What a question can be linked to: the workspace's journeys (with their touchpoints) and departments. */
import { create } from 'zustand';
import type { Department, Journey, Stage, Touchpoint } from '../../../../shared/domain/journey';
import { api } from '../../../api/client';

export interface TouchpointRef {
  touchpoint: Touchpoint;
  stage: Stage | undefined;
  journey: Journey;
}

interface LinkTargetsState {
  journeys: Journey[];
  departments: Department[];
  touchpoints: Map<string, TouchpointRef>;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
}

export const useLinkTargets = create<LinkTargetsState>()((set, get) => ({
  journeys: [],
  departments: [],
  touchpoints: new Map(),
  loaded: false,
  loading: false,
  error: null,

  async load() {
    if (get().loading) return;
    set({ loading: true });
    try {
      const [list, departments] = await Promise.all([api['journeys.list']({}), api['departments.list']({})]);
      const journeys = await Promise.all(list.map((j) => api['journeys.get']({ id: j.id })));
      const touchpoints = new Map<string, TouchpointRef>();
      for (const journey of journeys) {
        const stages = new Map(journey.stages.map((s) => [s.id, s]));
        for (const tp of journey.touchpoints) touchpoints.set(tp.id, { touchpoint: tp, stage: stages.get(tp.stageId), journey });
      }
      set({ journeys, departments, touchpoints, loaded: true, loading: false, error: null });
    } catch (error) {
      set({ loading: false, loaded: true, error });
    }
  },
}));
