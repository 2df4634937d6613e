/**
 * The `app` fixture: the real app on a fresh workspace, in browser mode (Chromium) or in
 * Electron, depending on the Playwright project. Specs are written once for both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, test as base } from '@playwright/test';
import { type BrowserModeApp, startBrowserMode } from '../../support/browser-mode';
import { electronBinary, launchElectron, type LaunchedApp } from './electron-launch';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface AppSession {
  page: Page;
  /** The workspace file the app has open. */
  workspace: string;
  /** Quits the app and starts it again on the same workspace (a new window, a new token). */
  restart(): Promise<Page>;
}

export interface LaunchOptions {
  /** Open this file instead of a fresh sample workspace. */
  workspace?: string;
  /** UI locale for the first start (navigator.language). */
  locale?: string;
}

/** Creates a workspace with the built CLI, exactly as a user would. */
export function initWorkspace(file: string, ...flags: string[]): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'init', file, ...flags], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`journey-audit init failed: ${r.stderr}`);
}

async function launchBrowserMode(browser: Browser, dataDir: string, workspace: string, locale: string) {
  const context = await browser.newContext({ locale, viewport: { width: 1360, height: 860 }, acceptDownloads: true });
  let server: BrowserModeApp = await startBrowserMode({ workspace, dataDir });
  let page = await context.newPage();
  await page.goto(server.url);
  return {
    page,
    async restart() {
      await page.close();
      await server.stop();
      server = await startBrowserMode({ workspace, dataDir });
      page = await context.newPage();
      await page.goto(server.url);
      return page;
    },
    async close() {
      await context.close();
      await server.stop();
    },
  };
}

export const test = base.extend<{ launch: (opts?: LaunchOptions) => Promise<AppSession> }>({
  launch: async ({ browser }, use, testInfo) => {
    const mode = testInfo.project.metadata.mode as 'browser' | 'desktop';
    if (mode === 'desktop') {
      const binary = electronBinary();
      if ('skip' in binary) {
        console.log(`[desktop] skipped: ${binary.skip}`);
        testInfo.skip(true, binary.skip);
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'ja-e2e-'));
    const closers: (() => Promise<void>)[] = [];
    await use(async (opts = {}) => {
      const workspace = opts.workspace ?? join(dir, 'project.jaudit');
      if (!opts.workspace) initWorkspace(workspace, '--sample', '--lang', 'en');
      if (mode === 'browser') {
        const session = await launchBrowserMode(browser, join(dir, 'data'), workspace, opts.locale ?? 'en-US');
        closers.push(session.close);
        return { page: session.page, workspace, restart: session.restart };
      }
      let launched: LaunchedApp = await launchElectron(workspace);
      closers.push(() => launched.close());
      return {
        page: launched.page,
        workspace,
        async restart() {
          await launched.close();
          launched = await launchElectron(workspace);
          closers.push(() => launched.close());
          return launched.page;
        },
      };
    });
    for (const close of closers.reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
