import { SurveyPage } from './detail/SurveyPage';
import { SurveysPage } from './list/SurveysPage';
import type { SurveyRoute } from './routes';
import { RoundSummaryPage } from './summary/RoundSummaryPage';

/** The Surveys section's pages: the list, one survey, one round's summary. */
export function SurveysRoute({ route }: { route: { name: 'surveys' } | SurveyRoute }) {
  switch (route.name) {
    case 'survey':
      return <SurveyPage key={route.id} id={route.id} tab={route.tab} />;
    case 'round':
      return <RoundSummaryPage key={`${route.surveyId}/${route.roundId}`} surveyId={route.surveyId} roundId={route.roundId} />;
    default:
      return <SurveysPage />;
  }
}
