/**
 * Handlers for comparing two survey rounds.
 */
import type { compareOps } from '../../../shared/ops/compare';
import type { HandlersOf } from '../../../shared/ops/op';
import type { WorkspaceSession } from '../workspace/session';
import { compareRounds } from './compare';

export function compareHandlers(session: WorkspaceSession): HandlersOf<typeof compareOps> {
  return {
    'compare.rounds': (req) => compareRounds(session.requireDb(), req),
  };
}
