/** The pain-point review, as the shell and other features see it. Its page loads on first use. */
import { lazy } from 'react';

export const PainPointsPage = lazy(() => import('./PainPointsPage').then((m) => ({ default: m.PainPointsPage })));
export { mapHref, painPointsHref, painPointsRoute, touchpointParam, type PainPointsRoute } from './routes';
