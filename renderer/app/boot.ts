/**
 * The requests for the first screen, sent before the rest of the app's code is evaluated:
 * main.tsx imports this module first and the build keeps it (with the API client) in a small
 * chunk of its own, so the backend answers while the UI kit and the pages are evaluated, and
 * the first render can already show the workspace and the journey list.
 */
import { api } from '../api/client';
// The boot chunk depends on nothing but the API client (electron.vite.config.ts), so it names the
// editor's prefetch module itself rather than the editor's entry.
// eslint-disable-next-line no-restricted-imports
import { prefetchFromLocation } from '../features/editor/store/prefetch';

const quiet = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => {});
  return p;
};

// The journey list is the start page: `#/journeys`, `#/` or no route (router.ts; this module
// stays free of React and the router so it can run before them).
const onList = /^(#\/?(journeys\/?)?)?$/.test(window.location.hash);

export const boot = {
  info: quiet(api['app.info']({})),
  status: quiet(api['workspace.status']({})),
  journeys: onList ? quiet(api['journeys.list']({})) : null,
};

// Opening straight onto a journey: fetch its map (and the editor's code) from the start too.
prefetchFromLocation();

// The first touch of localStorage loads it from the browser synchronously (tens of ms); done
// here, it overlaps the download of the rest of the app instead of delaying the first render
// (the language setting is read from it while the UI code starts).
try {
  void window.localStorage.length;
} catch {
  // Storage may be disabled; the language then comes from the browser.
}
