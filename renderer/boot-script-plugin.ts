/**
 * Starts the boot chunk (renderer/app/boot.ts: the start-up requests and the API client) as an
 * `async` module script of its own in the built index.html. A plain module script waits for
 * the whole module graph and for the UI kit's style sheet; an async one runs as soon as its own
 * small file has arrived, so the backend answers while the rest of the app is still loading.
 * main.tsx imports the same file, which the browser evaluates only once.
 */
import type { Plugin } from 'vite';

export function bootScriptPlugin(): Plugin {
  return {
    name: 'journey-audit-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'boot');
        if (!boot) throw new Error('The build has no "boot" chunk (see the codeSplitting groups in electron.vite.config.ts)');
        const tag = `<script type="module" async crossorigin src="./${boot.fileName}"></script>`;
        return html.replace(/(\s*)<script type="module"/, `$1${tag}$1<script type="module"`);
      },
    },
  };
}
