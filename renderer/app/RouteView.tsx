import { ComingSoon } from '../features/coming/ComingSoon';
import { JourneyDetailPage } from '../features/journeys/detail/JourneyDetailPage';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { useRoute } from './router';

/** Picks the page for the current hash route. */
export function RouteView() {
  const route = useRoute();
  switch (route.name) {
    case 'journeys':
      return <JourneysPage />;
    case 'journey':
      return <JourneyDetailPage key={route.id} id={route.id} />;
    default:
      return <ComingSoon section={route.name} />;
  }
}
