/**
 * Editor benchmarks (issue targets): a journey with 500 touchpoints and 700 flows opened in
 * Chromium through browser mode. Open time is navigation start → the editor's
 * `editor:interactive` mark; frame times are requestAnimationFrame intervals (p95) while
 * panning/zooming or dragging a card; save cost is the `editor:save` measure (main-thread
 * work of diffing and sending one edit). The pan, zoom and drag rows check that the viewport
 * or the card really moved; otherwise their frame times would be an idle page's and the row
 * fails.
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

/** React Flow's viewport as it is drawn: the pane's transform (translate, then scale). */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** A point of the canvas where the pane itself (no card, stage or lane) is under the mouse. */
async function emptyPanePoint(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((b) => {
    for (let y = b.y + b.height - 20; y > b.y + 20; y -= 20) {
      for (let x = b.x + b.width - 20; x > b.x + 20; x -= 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  }, box);
  if (!point) throw new Error('no empty part of the canvas to pan from');
  return point;
}

/**
 * The viewport once it differs from `from` (wheel events are handled a frame or more after
 * they are sent), or as it is after two seconds of not moving.
 */
async function viewportAfter(page: Page, from: { x: number; y: number; zoom: number }): Promise<{ x: number; y: number; zoom: number }> {
  await page
    .waitForFunction(
      (f) => {
        const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        return m.e !== f.x || m.f !== f.y || m.a !== f.zoom;
      },
      from,
      { timeout: 2_000 },
    )
    .catch(() => undefined);
  return viewport(page);
}

/** A frame time is only worth reporting if the interaction it times happened. */
function mustHaveMoved(what: string, moved: boolean, detail: unknown): void {
  if (!moved) throw new Error(`${what} did not move anything, so its frame times measure an idle page: ${JSON.stringify(detail)}`);
}

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
      const start = await viewport(page);
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
      const zoomedIn = await viewportAfter(page, start);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 120);
      const zoomedOut = await viewportAfter(page, zoomedIn);
      // Pan by dragging an empty part of the pane (a drag that starts on a card moves the card).
      const from = await emptyPanePoint(page, box);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) await page.mouse.move(from.x - i * 10, from.y - i * 4);
      await page.mouse.up();
      const panned = await viewportAfter(page, zoomedOut);
      const frames = await stopFrameRecorder(page);
      mustHaveMoved('zooming in', zoomedIn.zoom > start.zoom * 1.05, { start, zoomedIn });
      mustHaveMoved('zooming out', zoomedOut.zoom < zoomedIn.zoom / 1.05, { zoomedIn, zoomedOut });
      mustHaveMoved('panning', Math.hypot(panned.x - zoomedOut.x, panned.y - zoomedOut.y) >= 100, { zoomedOut, panned });
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
      // Where the card is drawn at the end of the drag, before it is dropped (and maybe snapped).
      const dragged = (await card.boundingBox())!;
      await page.mouse.up();
      const frames = await stopFrameRecorder(page);
      mustHaveMoved('dragging a card', Math.hypot(dragged.x - box.x, dragged.y - box.y) >= 100, { before: box, during: dragged });
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
