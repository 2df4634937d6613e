/**
 * Editor benchmarks (issue targets): a journey with 500 touchpoints and 700 flows opened in
 * Chromium through browser mode. Open time is navigation start → the editor's
 * `editor:interactive` mark; frame times are requestAnimationFrame intervals (p95) while
 * panning/zooming or dragging a card; save cost is the `editor:save` measure (main-thread
 * work of diffing and sending one edit).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import { type BrowserModeApp, startBrowserMode } from '../test/support/browser-mode';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/support/chromium';
import { insertBigJourney } from '../test/support/big-journey';
import { percentile, startFrameRecorder, stopFrameRecorder } from './support/frames';
import { type Benchmark, cleanups } from './harness';

interface Shared {
  browser: Browser;
  app: BrowserModeApp;
  journeyId: string;
  dir: string;
}

let shared: Promise<Shared> | undefined;
function getShared(): Promise<Shared> {
  shared ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ja-bench-editor-'));
    const file = join(dir, 'big.jaudit');
    const db = createWorkspaceFile(file, { sample: false, lang: 'en' });
    const journeyId = insertBigJourney(db, { touchpoints: 500, flows: 700 });
    db.close();
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const app = await startBrowserMode({ workspace: file, dataDir: join(dir, 'data') });
    const s = { browser, app, journeyId, dir };
    cleanups.push(async () => {
      await browser.close();
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    return s;
  })();
  return shared;
}

async function openEditor(s: Shared): Promise<{ page: Page; ms: number }> {
  const page = await s.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${s.app.url}#/journeys/${s.journeyId}`);
  const handle = await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName('editor:interactive')[0];
      return mark ? mark.startTime : null;
    },
    null,
    { timeout: 30_000 },
  );
  return { page, ms: (await handle.jsonValue()) as number };
}

const canvasBox = async (page: Page) => (await page.getByTestId('journey-canvas').boundingBox())!;

export const editorBenchmarks: Benchmark[] = [
  {
    name: 'editor: open 500 touchpoints / 700 flows to interactive',
    unit: 'ms',
    target: { op: '<=', value: 1500 },
    runs: 5,
    run: async () => {
      const { page, ms } = await openEditor(await getShared());
      await page.close();
      return ms;
    },
  },
  {
    name: 'editor: pan + zoom, p95 frame time',
    unit: 'ms',
    target: { op: '<=', value: 20 },
    runs: 3,
    run: async () => {
      const { page } = await openEditor(await getShared());
      const box = await canvasBox(page);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.waitForTimeout(300);
      await startFrameRecorder(page);
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
      // Pan by dragging the empty pane area above the grid with the middle button-free drag.
      await page.keyboard.down('Space');
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 10, cy - i * 4);
      await page.mouse.up();
      await page.keyboard.up('Space');
      const frames = await stopFrameRecorder(page);
      await page.close();
      return percentile(frames, 95);
    },
  },
  {
    name: 'editor: drag one card, p95 frame time',
    unit: 'ms',
    target: { op: '<=', value: 20 },
    runs: 3,
    run: async () => {
      const { page } = await openEditor(await getShared());
      const card = page.locator('.react-flow__node[data-id]').filter({ hasText: 'Touchpoint 1 ' }).first();
      const box = (await card.boundingBox())!;
      await startFrameRecorder(page);
      await page.mouse.move(box.x + box.width / 2, box.y + 12);
      await page.mouse.down();
      for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + 12 + i * 3);
      await page.mouse.up();
      const frames = await stopFrameRecorder(page);
      await page.close();
      return percentile(frames, 95);
    },
  },
  {
    name: 'editor: save after an edit, main-thread time',
    unit: 'ms',
    target: { op: '<=', value: 100 },
    runs: 3,
    run: async () => {
      const { page } = await openEditor(await getShared());
      const card = page.locator('.react-flow__node[data-id]').filter({ hasText: 'Touchpoint 2 ' }).first();
      await card.click();
      const field = page.getByRole('spinbutton', { name: 'Transfers' });
      // A new value every run, so there is always a change to save.
      await field.fill(String(Number(await field.inputValue()) + 1));
      await field.press('Enter');
      const handle = await page.waitForFunction(() => {
        const m = performance.getEntriesByName('editor:save');
        return m.length ? m[m.length - 1]!.duration : null;
      });
      const ms = (await handle.jsonValue()) as number;
      await page.close();
      return ms;
    },
  },
];
