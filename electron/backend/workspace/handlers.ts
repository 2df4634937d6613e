/**
 * Handlers for the app and workspace operations: what is running, which file is open, open / create / copy.
 */
import { statSync } from 'node:fs';
import type { HandlersOf } from '../../../shared/ops/op';
import type { workspaceOps } from '../../../shared/ops/workspace';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { WorkspaceSession } from './session';
import type { BackendOptions } from '../options';

export function workspaceHandlers(session: WorkspaceSession, opts: BackendOptions): HandlersOf<typeof workspaceOps> {
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
    'workspace.about': () => {
      session.requireDb();
      const { path, schemaVersion } = session.status();
      return { appVersion: opts.appVersion, schemaVersion: schemaVersion ?? LATEST_SCHEMA_VERSION, path: path!, bytes: statSync(path!).size };
    },
  };
}
