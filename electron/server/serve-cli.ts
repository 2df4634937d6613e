/**
 * `npm run web`: the app in a browser. Serves the built renderer and the backend on
 * 127.0.0.1 with a per-run token and prints the address to open.
 *
 *   node out/node/serve-cli.js [--workspace <file>] [--port <n>] [--data-dir <dir>]
 *
 * This entry only turns on Node's on-disk compile cache, then loads the server: every start
 * after the first skips compiling the server's modules and dependencies again.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./serve-app');
