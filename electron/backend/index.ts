/**
 * The backend: plain Node, no Electron. The desktop main process, browser mode's
 * HTTP server, the CLI and the tests all create it the same way.
 */
import type { Handlers } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { workspaceHandlers } from './workspace/handlers';
import { compareHandlers } from './compare/handlers';
import { departmentHandlers } from './departments/handlers';
import { importHandlers } from './import/handlers';
import { ImportJobs } from './import/jobs';
import { surveyHandlers } from './surveys/handlers';
import { combineHandlers, dispatch } from './dispatch';
import { journeyHandlers } from './journeys/handlers';
import { painPointHandlers } from './painpoints/handlers';
import { reportHandlers } from './report/handlers';
import type { BackendOptions } from './options';
import { backupHandlers } from './workspace/backups';
import { WorkspaceSession, withWorkspaceErrors } from './workspace/session';
import { defaultParticipantDir } from './workshop/assets';
import { workshopHandlers } from './workshop/handlers';
import { WorkshopHost } from './workshop/host';

export type { BackendOptions } from './options';
export { WorkspaceSession } from './workspace/session';

export interface Backend {
  /** Validates input with the contract's zod schema and runs the handler; never throws. */
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  session: WorkspaceSession;
  handlers: Handlers;
  workshops: WorkshopHost;
  close(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  const session = new WorkspaceSession(opts.dataDir, { autoBackup: true });
  const workshops = new WorkshopHost(session, { participantDir: opts.participantDir ?? defaultParticipantDir(), limits: opts.workshopLimits });
  const handlers = withWorkspaceErrors(
    combineHandlers(
      workspaceHandlers(session, opts),
      journeyHandlers(session),
      departmentHandlers(session),
      surveyHandlers(session),
      importHandlers(session, new ImportJobs(opts.importWorker ?? null)),
      compareHandlers(session),
      painPointHandlers(session),
      reportHandlers(session, opts),
      backupHandlers(session),
      workshopHandlers(workshops),
    ),
    session,
  );
  return {
    dispatch: (name, input) => dispatch(handlers, name, input),
    session,
    handlers,
    workshops,
    close: () => {
      void workshops.stopAll();
      session.close();
    },
  };
}
