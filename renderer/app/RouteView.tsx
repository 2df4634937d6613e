import { ComingSoon } from '../features/coming/ComingSoon';
import { EditorPage } from '../features/editor/EditorPage';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { SurveysRoute } from '../features/surveys/SurveysRoute';
import { useRoute } from './router';

/** Picks the page for the current hash route. */
export function RouteView() {
  const route = useRoute();
  switch (route.name) {
    case 'journeys':
      return <JourneysPage />;
    case 'journey':
      return <EditorPage key={route.id} id={route.id} />;
    case 'surveys':
    case 'survey':
    case 'round':
      return <SurveysRoute route={route} />;
    default:
      return <ComingSoon section={route.name} />;
  }
}
