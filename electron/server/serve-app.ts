/**
 * Browser mode's server process (started by serve-cli.ts): opens the workspace, serves the
 * built renderer and the backend, and prints the address to open.
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { createBackend } from '../backend';
import { defaultDataDir, systemLang } from '../backend/workspace/data-dir';
import { startServer } from './serve';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0…65535, got ${values.port}`);
  const rendererDir = resolve(import.meta.dirname, '../renderer');
  if (!existsSync(resolve(rendererDir, 'index.html'))) throw new Error(`The renderer is not built (${rendererDir}); run npm run build`);

  const workspace = values.workspace ?? process.env.JOURNEY_AUDIT_WORKSPACE;
  const backend = createBackend({
    mode: 'browser',
    dataDir: values['data-dir'] ?? defaultDataDir(),
    appVersion: version,
    importWorker: resolve(import.meta.dirname, 'import-worker.js'),
  });
  const status = workspace ? await backend.session.openAtStart(workspace) : await backend.session.openDefault(systemLang());
  const server = await startServer({ backend, rendererDir, port });

  console.log(`Journey Audit is running in browser mode.`);
  console.log(`Workspace: ${status.path ?? `(not open: ${status.error?.message})`}`);
  console.log(`Open: ${server.url}`);
  // Keep what was compiled for the next start (normally written only at exit).
  setImmediate(() => module.flushCompileCache?.());

  const stop = () => {
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`journey-audit web: ${error.message}`);
  process.exit(1);
});
