/** The Surveys section's hash routes: `#/surveys/<id>`, `#/surveys/<id>/rounds`, `#/surveys/<id>/rounds/<roundId>`. */

export type SurveyTab = 'questions' | 'rounds';
export type SurveyRoute = { name: 'survey'; id: string; tab?: SurveyTab } | { name: 'round'; surveyId: string; roundId: string };

/** The route for the path parts after `surveys/`. */
export function surveyRoute(id: string, sub: string | undefined, roundId: string | undefined): SurveyRoute {
  if (sub === 'rounds' && roundId) return { name: 'round', surveyId: id, roundId };
  return { name: 'survey', id, ...(sub === 'rounds' || sub === 'questions' ? { tab: sub } : {}) };
}

export function surveyHref(route: SurveyRoute): string {
  if (route.name === 'round') return `#/surveys/${encodeURIComponent(route.surveyId)}/rounds/${encodeURIComponent(route.roundId)}`;
  return `#/surveys/${encodeURIComponent(route.id)}${route.tab ? `/${route.tab}` : ''}`;
}
