import { Spin } from 'antd';
import { Suspense } from 'react';
import { ComparePage } from '../features/compare';
import { EditorPage } from '../features/editor';
import { JourneysPage } from '../features/journeys';
import { PainPointsPage } from '../features/painpoints';
import { SurveysRoute } from '../features/surveys';
import { useRoute } from './router';

/**
 * Picks the page for the current hash route. The map editor (React Flow, image export), the survey
 * section, the Compare page and the pain-point review load on first use (each feature's entry says so),
 * so the start page does not wait for code it does not show.
 */
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
