import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { bootScriptPlugin } from './renderer/boot-script-plugin';
import { cspPlugin } from './renderer/csp-plugin';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve(root, 'electron/shell/main.ts'), 'import-worker': resolve(root, 'electron/backend/import/worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything but electron, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/shell/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspPlugin(), bootScriptPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 3000,
      minify: true,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [
              // The start-up requests and the API client in a chunk that depends on nothing else,
              // so they run before React and the UI kit are evaluated (see renderer/app/boot.ts).
              { name: 'boot', test: /[\\/](renderer[\\/](app[\\/]boot|api[\\/]client|features[\\/]editor[\\/]store[\\/]prefetch)|shared[\\/]errors)\.ts$/, priority: 10 },
            ],
          },
        },
      },
    },
  },
});
