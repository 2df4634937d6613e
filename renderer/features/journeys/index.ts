/**
 * The journey list (the start page) and what the journey's own page borrows from it. The details
 * form and the table view load on first use, so the start page does not wait for them.
 */
import { lazy } from 'react';

export const JourneyForm = lazy(() => import('./JourneyForm').then((m) => ({ default: m.JourneyForm })));
export const JourneyDetailPage = lazy(() =>
  import('./detail/JourneyDetailPage').then((m) => ({ default: m.JourneyDetailPage })),
);
export { BackLink } from './detail/JourneyHeader';
export { JourneysPage } from './JourneysPage';
export { SCENE_COLORS } from './options';
export { prefetchJourneys, useJourneys } from './store';
