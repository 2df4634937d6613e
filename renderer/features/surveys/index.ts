/** Surveys and their rounds, as the shell and other features see them. The section loads on first use. */
import { lazy } from 'react';

export const SurveysRoute = lazy(() => import('./SurveysRoute').then((m) => ({ default: m.SurveysRoute })));
export { formatCount, formatNps, formatNumber, formatPercent } from './format';
export { surveyHref, surveyRoute, type SurveyRoute } from './routes';
export { useSurveys } from './store';
