/**
 * Handlers for comparing two survey rounds and two versions of a journey map.
 */
import type { Handlers } from '../../../shared/contract';
import type { WorkspaceSession } from '../workspace/session';
import { compareVersions, createSnapshot, getSnapshotJourney, listSnapshots, restoreSnapshot } from '../journeys/versions';
import { compareRounds } from './compare';

type CompareOps = 'compare.rounds' | 'journeys.snapshots' | 'journeys.snapshot' | 'journeys.getSnapshot' | 'journeys.restoreSnapshot' | 'journeys.compareVersions';

export function compareHandlers(session: WorkspaceSession): Pick<Handlers, CompareOps> {
  const db = () => session.requireDb();
  return {
    'compare.rounds': (req) => compareRounds(db(), req),
    'journeys.snapshots': ({ journeyId }) => listSnapshots(db(), journeyId),
    'journeys.snapshot': ({ journeyId, name }) => createSnapshot(db(), journeyId, name),
    'journeys.getSnapshot': ({ id }) => getSnapshotJourney(db(), id),
    'journeys.restoreSnapshot': ({ id, name }) => restoreSnapshot(db(), id, name),
    'journeys.compareVersions': ({ before, after }) => compareVersions(db(), before, after),
  };
}
