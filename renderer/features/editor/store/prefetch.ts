/**
 * Loading a journey for the editor: the map and the department list, together. When the app
 * starts on a journey's address, the request goes out while the app is still booting, which
 * saves a whole round trip on a big map; the first editor for that journey takes it.
 */
import type { Department, Journey } from '../../../../shared/domain/journey';
import { api } from '../../../api/client';

type Loaded = [Journey, Department[]];

let early: { id: string; promise: Promise<Loaded> } | null = null;

const load = (id: string): Promise<Loaded> =>
  Promise.all([api['journeys.get']({ id }), api['departments.list']({}).catch((): Department[] => [])]);

/** Call once at start-up: starts loading the journey in the address, if there is one. */
export function prefetchFromLocation(): void {
  const m = /^#\/journeys\/([^/?#]+)/.exec(window.location.hash);
  if (!m) return;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return;
  }
  early = { id, promise: load(id) };
  early.promise.catch(() => {});
  // Fetch the editor's code in parallel with the data.
  void import('../EditorPage');
}

/** The journey and departments, from the start-up request when it is for this journey. */
export function loadJourneyData(id: string): Promise<Loaded> {
  if (early?.id === id) {
    const { promise } = early;
    early = null;
    // If it failed (e.g. no workspace open yet at start-up), ask again now.
    return promise.catch(() => load(id));
  }
  return load(id);
}
