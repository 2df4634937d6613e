/**
 * Handlers for the pain-point review: list, detail, reach and cost, causes, stories,
 * improvement actions, rules and export. Every change answers with the updated detail.
 */
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceSession } from '../workspace/session';
import { painPointDetail, listPainPoints } from './list';
import { addCause, addStory, createAction, deleteOwned, openActionsByTouchpoint, painRules, setPainRules, setReach, updateAction } from './repo';

type PainOps =
  | 'painPoints.list'
  | 'painPoints.get'
  | 'painPoints.setReach'
  | 'painPoints.addCause'
  | 'painPoints.removeCause'
  | 'painPoints.addStory'
  | 'painPoints.removeStory'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'actions.openByTouchpoint'
  | 'settings.painRules'
  | 'settings.setPainRules'
  | 'painPoints.export';

export function painPointHandlers(session: WorkspaceSession): Pick<Handlers, PainOps> {
  const db = () => session.requireDb();
  const detail = (touchpointId: string) => painPointDetail(db(), touchpointId);
  return {
    'painPoints.list': () => listPainPoints(db()),
    'painPoints.get': ({ touchpointId }) => detail(touchpointId),
    'painPoints.setReach': ({ touchpointId, customersPerYear, lostCustomer }) => {
      setReach(db(), touchpointId, customersPerYear, lostCustomer);
      return detail(touchpointId);
    },
    'painPoints.addCause': ({ touchpointId, cause, note }) => {
      addCause(db(), touchpointId, cause, note);
      return detail(touchpointId);
    },
    'painPoints.removeCause': ({ id }) => detail(deleteOwned(db(), 'pain_causes', id)),
    'painPoints.addStory': ({ touchpointId, kind, text, source }) => {
      addStory(db(), touchpointId, kind, text, source);
      return detail(touchpointId);
    },
    'painPoints.removeStory': ({ id }) => detail(deleteOwned(db(), 'customer_stories', id)),
    'actions.create': ({ touchpointId, ...fields }) => {
      createAction(db(), touchpointId, fields);
      return detail(touchpointId);
    },
    'actions.update': ({ id, patch }) => detail(updateAction(db(), id, patch)),
    'actions.delete': ({ id }) => detail(deleteOwned(db(), 'improvement_actions', id)),
    'actions.openByTouchpoint': ({ journeyId }) => openActionsByTouchpoint(db(), journeyId),
    'settings.painRules': () => painRules(db()),
    'settings.setPainRules': (rules) => setPainRules(db(), rules),
    // The spreadsheet library loads on the first export, not at start-up.
    'painPoints.export': async (req) => (await import('./export')).exportPainPoints(db(), req),
  };
}
