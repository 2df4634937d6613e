/**
 * Startup: browser mode from process start to an interactive journey list in Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium } from '@playwright/test';
import { startBrowserMode } from '../test/support/browser-mode';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/support/chromium';
import type { Benchmark } from './harness';

interface State {
  browser: Browser;
  dir: string;
}

export const startupBenchmarks: Benchmark[] = [
  {
    name: 'browser mode: server start → interactive journey list',
    unit: 'ms',
    target: { op: '<=', value: 1000 },
    setup: async (): Promise<State> => ({
      browser: await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }),
      dir: mkdtempSync(join(tmpdir(), 'ja-bench-start-')),
    }),
    run: async (s) => {
      const { browser, dir } = s as State;
      const page = await browser.newPage();
      const t0 = performance.now();
      const app = await startBrowserMode({ dataDir: dir, env: { LANG: 'en_US.UTF-8' } });
      try {
        await page.goto(app.url);
        await page.getByRole('table').getByRole('row').nth(1).waitFor();
        return performance.now() - t0;
      } finally {
        await page.close();
        await app.stop();
      }
    },
    teardown: async (s) => {
      const { browser, dir } = s as State;
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  },
];
