/**
 * Handlers for the pain-point review: list, detail, reach and cost, causes, stories,
 * improvement actions, rules and export. Every change answers with the updated detail.
 */
import type { HandlersOf } from '../../../shared/ops/op';
import type { painPointOps } from '../../../shared/ops/painpoints';
import type { WorkspaceSession } from '../workspace/session';
import { painPointDetail, listPainPoints } from './list';
import { addCause, addStory, createAction, deleteOwned, openActionsByTouchpoint, setPainRules, setReach, updateAction, versionedPainRules } from './repo';

export function painPointHandlers(session: WorkspaceSession): HandlersOf<typeof painPointOps> {
  const db = () => session.requireDb();
  const detail = (touchpointId: string) => painPointDetail(db(), touchpointId);
  return {
    'painPoints.list': () => listPainPoints(db()),
    'painPoints.get': ({ touchpointId }) => detail(touchpointId),
    'painPoints.setReach': ({ touchpointId, customersPerYear, lostCustomer, baseVersion }) => {
      setReach(db(), touchpointId, customersPerYear, lostCustomer, baseVersion);
      return detail(touchpointId);
    },
    'painPoints.addCause': ({ touchpointId, cause, note }) => {
      addCause(db(), touchpointId, cause, note);
      return detail(touchpointId);
    },
    'painPoints.removeCause': ({ id, baseVersion }) => detail(deleteOwned(db(), 'pain_causes', id, baseVersion)),
    'painPoints.addStory': ({ touchpointId, kind, text, source }) => {
      addStory(db(), touchpointId, kind, text, source);
      return detail(touchpointId);
    },
    'painPoints.removeStory': ({ id, baseVersion }) => detail(deleteOwned(db(), 'customer_stories', id, baseVersion)),
    'actions.create': ({ touchpointId, ...fields }) => {
      createAction(db(), touchpointId, fields);
      return detail(touchpointId);
    },
    'actions.update': ({ id, patch, baseVersion }) => detail(updateAction(db(), id, patch, baseVersion)),
    'actions.delete': ({ id, baseVersion }) => detail(deleteOwned(db(), 'improvement_actions', id, baseVersion)),
    'actions.openByTouchpoint': ({ journeyId }) => openActionsByTouchpoint(db(), journeyId),
    'settings.painRules': () => versionedPainRules(db()),
    'settings.setPainRules': ({ baseVersion, ...rules }) => setPainRules(db(), rules, baseVersion),
    // The spreadsheet library loads on the first export, not at start-up.
    'painPoints.export': async (req) => (await import('./export')).exportPainPoints(db(), req),
  };
}
