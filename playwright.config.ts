import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './test/support/chromium';

/**
 * End-to-end tests drive the real app. The `browser` project runs it in browser mode in
 * Chromium; the `desktop` project runs the same specs against Electron wherever its binary
 * exists and skips, saying why, where it does not.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    locale: 'en-US',
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'browser', use: { browserName: 'chromium' }, metadata: { mode: 'browser' } },
    { name: 'desktop', use: { browserName: 'chromium' }, metadata: { mode: 'desktop' } },
  ],
});
