/**
 * Builds the live workshop's participant page: its own small entry, not the app bundle,
 * for old Android WebViews and in-app browsers (ES2017, no framework).
 */
import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';

const root = import.meta.dirname;

/** A classic deferred script: WebViews older than Chrome 61 ignore module scripts. */
const classicScript = (): Plugin => ({
  name: 'participant-classic-script',
  enforce: 'post',
  transformIndexHtml: (html) => html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/ crossorigin href=/g, ' href='),
});

export default defineConfig({
  plugins: [classicScript()],
  root: resolve(root, 'renderer/participant'),
  base: '/',
  build: {
    outDir: resolve(root, 'out/participant'),
    emptyOutDir: true,
    target: 'es2017',
    cssTarget: 'chrome61',
    modulePreload: false,
    assetsInlineLimit: 0,
    rollupOptions: { output: { format: 'iife' } },
  },
});
