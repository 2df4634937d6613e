/**
 * Autosave: ~400 ms after the last change, sends what changed since the last acknowledged
 * save (`diffDocs`), guarded by the journey's version. Flushes at once when the page is hidden
 * or left. Polls the version so a change made in another window shows up here; a save based
 * on an outdated version is refused by the backend ('conflict') and the user is told.
 */
import type { Journey } from '../../../../shared/domain/journey';
import { diffDocs, isEmptyChanges } from '../../../../shared/domain/map';
import { isAppErrorData } from '../../../../shared/errors';
import { api } from '../../../api/client';
import { feedback } from '../../../ui/feedback';
import i18n from '../../../i18n';
import { isTyping } from '../commands/shortcuts';
import { useCanvas } from './canvasStore';
import { currentDoc, loadJourney, useDoc, type TrackedDoc } from './docStore';
import { useSave } from './saveStatus';

export const SAVE_DELAY_MS = 400;
export const POLL_MS = 3000;
const MAX_RETRY_MS = 15_000;

export interface Autosave {
  /** Saves pending changes now; resolves once they are acknowledged (or failed). */
  flush(): Promise<void>;
  /** Stops autosaving after a final flush of the current document. */
  stop(): Promise<void>;
  /** Takes on the version a metadata edit produced, if it came straight after our last save. */
  adoptVersion(version: number): void;
}

let active: Autosave | null = null;

/** Saves the open editor's pending changes now (before switching views or editing metadata). */
export const flushActive = (): Promise<void> => active?.flush() ?? Promise.resolve();
export const adoptActiveVersion = (version: number): void => active?.adoptVersion(version);

const sameDoc = (a: TrackedDoc, b: TrackedDoc) =>
  a.stages === b.stages && a.lanes === b.lanes && a.touchpoints === b.touchpoints && a.flows === b.flows;

export function startAutosave(journeyId: string): Autosave {
  const status = useSave.getState().setStatus;
  let lastSaved = currentDoc();
  let baseVersion = useDoc.getState().baseVersion;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let blocked = false;
  let stopped = false;
  let retryMs = 1000;
  let generation = 0;
  status('saved');

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = (delay = SAVE_DELAY_MS) => {
    if (blocked) return;
    clearTimer();
    if (!inFlight) status('pending');
    timer = setTimeout(() => void flush(), delay);
  };

  async function save(doc: TrackedDoc): Promise<void> {
    while (inFlight) await inFlight;
    if (blocked) return;
    performance.mark('editor:save-start');
    const changes = diffDocs(lastSaved, doc);
    if (isEmptyChanges(changes)) {
      performance.clearMarks('editor:save-start');
      if (!stopped && sameDoc(currentDoc(), lastSaved)) status('saved');
      return;
    }
    generation += 1;
    status('saving');
    const request = api['journeys.applyChanges']({ id: journeyId, baseVersion, changes });
    // Main-thread work of a save: the diff, serialising and dispatching the request.
    performance.measure('editor:save', 'editor:save-start');
    inFlight = request.then(
      (ack) => {
        lastSaved = doc;
        baseVersion = ack.version;
        retryMs = 1000;
        if (stopped) return;
        useDoc.setState({ baseVersion: ack.version });
        if (sameDoc(currentDoc(), lastSaved)) status('saved');
        else schedule();
      },
      (error: unknown) => {
        const code = isAppErrorData(error) ? error.code : null;
        if (code === 'conflict' || code === 'not_found') {
          blocked = true;
          clearTimer();
          status(code === 'conflict' ? 'conflict' : 'deleted', error);
          return;
        }
        status('error', error);
        if (!stopped) {
          schedule(retryMs);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        }
      },
    );
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  function flush(): Promise<void> {
    clearTimer();
    return stopped ? Promise.resolve() : save(currentDoc());
  }

  /** Takes the stored journey as the truth: used after a conflict and for changes from elsewhere. */
  async function reload(): Promise<void> {
    clearTimer();
    const journey: Journey = await api['journeys.get']({ id: journeyId });
    if (stopped) return;
    loadJourney(journey);
    lastSaved = currentDoc();
    baseVersion = journey.version;
    blocked = false;
    retryMs = 1000;
    status('saved');
  }
  useSave.setState({ reload });

  const offDoc = useDoc.subscribe((s, prev) => {
    if (sameDoc(s, prev)) return;
    if (sameDoc(s, lastSaved) && !inFlight) {
      clearTimer();
      status('saved');
    } else schedule();
  });

  const poll = setInterval(() => {
    if (blocked || inFlight || timer !== null || useCanvas.getState().dragging || document.hidden) return;
    // Someone typing in the inspector holds an uncommitted draft: don't swap the record under them.
    if (isTyping(document.activeElement)) return;
    if (!sameDoc(currentDoc(), lastSaved)) return;
    const seen = generation;
    api['journeys.version']({ id: journeyId }).then(
      async (v) => {
        if (stopped || seen !== generation || inFlight || timer !== null) return;
        if (v.deleted) {
          blocked = true;
          status('deleted');
          return;
        }
        if (v.version <= baseVersion || !sameDoc(currentDoc(), lastSaved) || useCanvas.getState().dragging) return;
        const journey = await api['journeys.get']({ id: journeyId });
        if (stopped || seen !== generation || inFlight || timer !== null || !sameDoc(currentDoc(), lastSaved)) return;
        loadJourney(journey);
        lastSaved = currentDoc();
        baseVersion = journey.version;
        void feedback.message?.info(i18n.t('editor.save.updatedElsewhere'));
      },
      () => {
        // A missed poll is harmless; the next one tries again.
      },
    );
  }, POLL_MS);

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  const session: Autosave = {
    flush,
    adoptVersion(version) {
      if (version === baseVersion + 1 && !inFlight && sameDoc(currentDoc(), lastSaved)) {
        baseVersion = version;
        useDoc.setState({ baseVersion: version });
      }
    },
    async stop() {
      if (stopped) return;
      // Take the document now: by the time an in-flight save returns, another journey may be open.
      const finalDoc = currentDoc();
      clearTimer();
      offDoc();
      clearInterval(poll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      useSave.setState({ reload: async () => {} });
      if (active === session) active = null;
      stopped = true;
      await save(finalDoc);
    },
  };
  active = session;
  return session;
}
