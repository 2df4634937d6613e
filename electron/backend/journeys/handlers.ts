/**
 * Handlers for the journey operations.
 */
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceSession } from '../workspace/session';
import { workspaceLang } from '../workspace/settings';
import { createBlank, duplicateJourney } from './build';
import { getJourney, getSummary, listJourneys, setDeleted, updateJourneyMeta } from './repo';

type JourneyOps = 'journeys.list' | 'journeys.get' | 'journeys.create' | 'journeys.update' | 'journeys.duplicate' | 'journeys.delete' | 'journeys.restore';

const COPY_SUFFIX = { 'zh-CN': '（副本）', en: ' (copy)' } as const;

export function journeyHandlers(session: WorkspaceSession): Pick<Handlers, JourneyOps> {
  const db = () => session.requireDb();
  return {
    'journeys.list': () => listJourneys(db()),
    'journeys.get': ({ id }) => getJourney(db(), id),
    'journeys.create': (input) => {
      const id = createBlank(
        db(),
        {
          name: input.name,
          scene: input.scene ?? 'other',
          persona: input.persona ?? '',
          customerTier: input.customerTier ?? null,
          description: input.description ?? '',
        },
        workspaceLang(db()),
      );
      return getSummary(db(), id);
    },
    'journeys.update': ({ id, patch }) => updateJourneyMeta(db(), id, patch),
    'journeys.duplicate': ({ id, name }) => {
      const source = getSummary(db(), id);
      const copyName = name ?? `${source.name}${COPY_SUFFIX[workspaceLang(db())]}`;
      return getSummary(db(), duplicateJourney(db(), id, copyName));
    },
    'journeys.delete': ({ id }) => {
      setDeleted(db(), id, true);
      return { id };
    },
    'journeys.restore': ({ id }) => {
      setDeleted(db(), id, false);
      return getSummary(db(), id);
    },
  };
}
