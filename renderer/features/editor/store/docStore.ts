/**
 * The open journey's map document — the only state undo/redo tracks. zundo's `temporal`
 * records a step on every change of the four record lists (and only then); the journey's
 * metadata, its saved version and the department list ride along untracked.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Department, Flow, Journey, JourneySummary, Lane, Stage, Touchpoint } from '../../../../shared/domain/journey';
import type { MapDoc } from '../../../../shared/domain/map';
import * as ops from './docOps';

export interface DocState extends MapDoc {
  readonly stages: Stage[];
  readonly lanes: Lane[];
  readonly touchpoints: Touchpoint[];
  readonly flows: Flow[];
  /** The journey's name, scene and other metadata (edited elsewhere; untracked). */
  journey: JourneySummary | null;
  /** Version of the journey the last save (or load) was based on. */
  baseVersion: number;
  departments: Department[];
  /** Applies a pure edit from docOps; an empty patch records nothing. */
  apply(edit: (doc: MapDoc) => ops.DocPatch): void;
}

export type TrackedDoc = Pick<DocState, 'stages' | 'lanes' | 'touchpoints' | 'flows'>;

/** Undo steps kept. */
export const HISTORY_LIMIT = 200;

const sameDoc = (a: TrackedDoc, b: TrackedDoc) =>
  a.stages === b.stages && a.lanes === b.lanes && a.touchpoints === b.touchpoints && a.flows === b.flows;

export const useDoc = create<DocState>()(
  temporal(
    (set) => ({
      stages: [],
      lanes: [],
      touchpoints: [],
      flows: [],
      journey: null,
      baseVersion: 0,
      departments: [],
      apply(edit) {
        set((s) => {
          const patch = edit(s);
          return Object.keys(patch).length ? patch : s;
        });
      },
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (s): TrackedDoc => ({ stages: s.stages, lanes: s.lanes, touchpoints: s.touchpoints, flows: s.flows }),
      equality: sameDoc,
    },
  ),
);

/** The tracked part of the current state. */
export const currentDoc = (): TrackedDoc => {
  const s = useDoc.getState();
  return { stages: s.stages, lanes: s.lanes, touchpoints: s.touchpoints, flows: s.flows };
};

/** Replaces the whole document (open, reload) without an undo step, and forgets the history. */
export function loadJourney(journey: Journey, departments?: Department[]): void {
  const { stages, lanes, touchpoints, flows, ...summary } = journey;
  const history = useDoc.temporal.getState();
  history.pause();
  useDoc.setState({
    stages,
    lanes,
    touchpoints,
    flows,
    journey: summary,
    baseVersion: journey.version,
    ...(departments ? { departments } : {}),
  });
  history.resume();
  history.clear();
}

export const undo = () => useDoc.temporal.getState().undo();
export const redo = () => useDoc.temporal.getState().redo();
