import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { useRoute } from './router';

// The map editor (React Flow, image export), the survey section and the Compare page load on first use, so
// the start page does not wait for code it does not show.
const EditorPage = lazy(() => import('../features/editor/EditorPage').then((m) => ({ default: m.EditorPage })));
const SurveysRoute = lazy(() => import('../features/surveys/SurveysRoute').then((m) => ({ default: m.SurveysRoute })));
const ComparePage = lazy(() => import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const PainPointsPage = lazy(() => import('../features/painpoints/PainPointsPage').then((m) => ({ default: m.PainPointsPage })));

/** Picks the page for the current hash route. */
export function RouteView() {
  const route = useRoute();
  const page = (() => {
    switch (route.name) {
      case 'journey':
        return <EditorPage key={route.id} id={route.id} />;
      case 'surveys':
      case 'survey':
      case 'round':
        return <SurveysRoute route={route} />;
      case 'compare':
        return <ComparePage route={route} />;
      case 'pain-points':
        return <PainPointsPage route={route} />;
      default:
        return <JourneysPage />;
    }
  })();
  return <Suspense fallback={<Spin size="large" className="ja-route-loading" />}>{page}</Suspense>;
}
