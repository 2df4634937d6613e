/**
 * Builds the plain-Node entry points: the CLI, browser mode's server and the benchmarks.
 * Dependencies stay external (SSR build), so better-sqlite3 loads its own prebuilt binary.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    rollupOptions: {
      input: {
        cli: resolve(root, 'electron/cli/main.ts'),
        'serve-cli': resolve(root, 'electron/server/serve-cli.ts'),
        // Its own entry (next to serve-cli.js), so its paths relative to this folder hold.
        'serve-app': resolve(root, 'electron/server/serve-app.ts'),
        bench: resolve(root, 'bench/run.ts'),
        'import-worker': resolve(root, 'electron/backend/import/worker.ts'),
        stress: resolve(root, 'test/stress/kill.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
