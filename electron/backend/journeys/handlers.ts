/**
 * Handlers for the journey operations, saved versions (snapshots) included.
 */
import type { WorkspaceSession } from '../workspace/session';
import { workspaceLang } from '../workspace/settings';
import { findTemplate } from '../../../shared/domain/journey-templates';
import { AppError } from '../../../shared/errors';
import type { journeyOps } from '../../../shared/ops/journeys';
import type { HandlersOf } from '../../../shared/ops/op';
import { applyChanges, journeyVersion } from './apply-changes';
import { createBlank, createFromTemplate, duplicateJourney } from './build';
import { importMap } from './import-map';
import { assertJourneyNameFree, freeJourneyName } from './names';
import { getJourney, getSummary, listJourneys, setDeleted, updateJourneyMeta } from './repo';
import { compareVersions, createSnapshot, getSnapshotJourney, listSnapshots, restoreSnapshot } from './versions';

const COPY_SUFFIX = { 'zh-CN': '（副本）', en: ' (copy)' } as const;

export function journeyHandlers(session: WorkspaceSession): HandlersOf<typeof journeyOps> {
  const db = () => session.requireDb();
  return {
    'journeys.list': () => listJourneys(db()),
    'journeys.get': ({ id }) => getJourney(db(), id),
    'journeys.create': ({ template: key, ...input }) => {
      const lang = workspaceLang(db());
      assertJourneyNameFree(db(), input.name);
      const meta = {
        name: input.name,
        scene: input.scene ?? 'other',
        persona: input.persona ?? '',
        customerTier: input.customerTier ?? null,
        description: input.description ?? '',
      };
      if (key === undefined || key === 'blank') return getSummary(db(), createBlank(db(), meta, lang));
      const template = findTemplate(key);
      if (!template) throw new AppError({ code: 'validation', messageCode: 'journey.template_unknown', message: `There is no template called ${key}`, params: { template: key } });
      const override = {
        name: meta.name,
        scene: input.scene ?? template.scene,
        ...(input.persona ? { persona: input.persona } : {}),
        ...(input.description ? { description: input.description } : {}),
        customerTier: meta.customerTier,
      };
      return getSummary(db(), createFromTemplate(db(), template, lang, override));
    },
    'journeys.update': ({ id, patch }) =>
      db().transaction(() => {
        if (patch.name !== undefined) assertJourneyNameFree(db(), patch.name, id);
        return updateJourneyMeta(db(), id, patch);
      })(),
    'journeys.duplicate': ({ id, name }) => {
      const source = getSummary(db(), id);
      const copyName = freeJourneyName(db(), name ?? `${source.name}${COPY_SUFFIX[workspaceLang(db())]}`);
      return getSummary(db(), duplicateJourney(db(), id, copyName));
    },
    'journeys.delete': ({ id }) => {
      setDeleted(db(), id, true);
      return { id };
    },
    'journeys.restore': ({ id }) =>
      db().transaction(() => {
        setDeleted(db(), id, false);
        // A journey of the same name made meanwhile keeps its name; the restored one gets "(2)".
        const { name } = getSummary(db(), id);
        const free = freeJourneyName(db(), name, id);
        return free === name ? getSummary(db(), id) : updateJourneyMeta(db(), id, { name: free });
      })(),
    'journeys.applyChanges': ({ id, baseVersion, changes }) => applyChanges(db(), id, baseVersion, changes),
    'journeys.version': ({ id }) => journeyVersion(db(), id),
    'journeys.importMap': ({ map }) => getSummary(db(), importMap(db(), map.journey)),
    'journeys.snapshots': ({ journeyId }) => listSnapshots(db(), journeyId),
    'journeys.snapshot': ({ journeyId, name }) => createSnapshot(db(), journeyId, name),
    'journeys.getSnapshot': ({ id }) => getSnapshotJourney(db(), id),
    'journeys.restoreSnapshot': ({ id, name }) => restoreSnapshot(db(), id, name),
    'journeys.compareVersions': ({ before, after }) => compareVersions(db(), before, after),
  };
}
