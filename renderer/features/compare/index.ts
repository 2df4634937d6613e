/** The before/after comparison, as the shell sees it. Its page loads on first use. */
import { lazy } from 'react';

export const ComparePage = lazy(() => import('./ComparePage').then((m) => ({ default: m.ComparePage })));
export { compareHref, compareRoute, lastCompareHref, type CompareRoute } from './routes';
