/**
 * Handlers for the journey operations.
 */
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceSession } from '../workspace/session';
import { workspaceLang } from '../workspace/settings';
import { findTemplate } from '../../../shared/domain/templates';
import { AppError } from '../../../shared/errors';
import { applyChanges, journeyVersion } from './apply-changes';
import { createBlank, createFromTemplate, duplicateJourney } from './build';
import { importMap } from './import-map';
import { getJourney, getSummary, listJourneys, setDeleted, updateJourneyMeta } from './repo';

type JourneyOps =
  | 'journeys.list'
  | 'journeys.get'
  | 'journeys.create'
  | 'journeys.update'
  | 'journeys.duplicate'
  | 'journeys.delete'
  | 'journeys.restore'
  | 'journeys.applyChanges'
  | 'journeys.version'
  | 'journeys.importMap';

const COPY_SUFFIX = { 'zh-CN': '（副本）', en: ' (copy)' } as const;

export function journeyHandlers(session: WorkspaceSession): Pick<Handlers, JourneyOps> {
  const db = () => session.requireDb();
  return {
    'journeys.list': () => listJourneys(db()),
    'journeys.get': ({ id }) => getJourney(db(), id),
    'journeys.create': ({ template: key, ...input }) => {
      const lang = workspaceLang(db());
      const meta = {
        name: input.name,
        scene: input.scene ?? 'other',
        persona: input.persona ?? '',
        customerTier: input.customerTier ?? null,
        description: input.description ?? '',
      };
      if (key === undefined || key === 'blank') return getSummary(db(), createBlank(db(), meta, lang));
      const template = findTemplate(key);
      if (!template) throw new AppError({ code: 'validation', message: `There is no template called ${key}`, params: { template: key } });
      const override = {
        name: meta.name,
        scene: input.scene ?? template.scene,
        ...(input.persona ? { persona: input.persona } : {}),
        ...(input.description ? { description: input.description } : {}),
        customerTier: meta.customerTier,
      };
      return getSummary(db(), createFromTemplate(db(), template, lang, override));
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
    'journeys.applyChanges': ({ id, baseVersion, changes }) => applyChanges(db(), id, baseVersion, changes),
    'journeys.version': ({ id }) => journeyVersion(db(), id),
    'journeys.importMap': ({ map }) => getSummary(db(), importMap(db(), map.journey)),
  };
}
