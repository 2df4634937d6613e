/**
 * Handlers for the app and workspace operations.
 */
import type { Handlers } from '../../../shared/contract';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { WorkspaceSession } from '../workspace/session';
import type { BackendOptions } from '../options';

type AppOps = 'app.info' | 'workspace.status' | 'workspace.open' | 'workspace.create' | 'workspace.saveCopy' | 'workspace.recent';

export function appHandlers(session: WorkspaceSession, opts: BackendOptions): Pick<Handlers, AppOps> {
  return {
    'app.info': () => ({
      name: 'Journey Audit',
      version: opts.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: opts.mode,
      platform: opts.platform ?? process.platform,
    }),
    'workspace.status': () => session.status(),
    'workspace.open': ({ path }) => session.open(path),
    'workspace.create': ({ path, sample, lang }) => session.create(path, { sample, lang }),
    'workspace.saveCopy': ({ path }) => session.saveCopy(path),
    'workspace.recent': () => session.recentPaths(),
  };
}
