/**
 * Pain points page benchmarks (target: the list over 50 journeys × 100 touchpoints renders and
 * filters in ≤ 200 ms). The workspace is seeded in-process through the backend: 5,000
 * touchpoints in 6 department lanes, about half of them breaking a rule, some with causes,
 * actions and a money figure. The page is opened in Chromium through browser mode and timed
 * with its own performance measures (renderer/features/painpoints/perf.ts):
 * `painpoints:list` — the list's data arrived → the table painted;
 * `painpoints:filter` — a search keystroke or a department picked → the table painted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { Db } from '../electron/backend/db/open';
import { findOrCreateDepartment } from '../electron/backend/departments/repo';
import { insertJourney, insertLane, insertStage, insertTouchpoint } from '../electron/backend/journeys/repo';
import { addCause, createAction, setReach } from '../electron/backend/painpoints/repo';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import { CAUSES } from '../shared/domain/painpoints/taxonomy';
import { type BrowserModeApp, startBrowserMode } from '../test/support/browser-mode';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/support/chromium';
import { type Benchmark, cleanups } from './harness';

const JOURNEYS = 50;
const PER_JOURNEY = 100;
const DEPARTMENTS = ['Reception', 'Service desk', 'Workshop', 'Parts', 'Finance', 'Sales'];

interface Shared {
  browser: Browser;
  app: BrowserModeApp;
}

/** Points in the list, read from the page's count. */
let flagged = 0;

function seed(db: Db): void {
  let s = 7;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const departments = DEPARTMENTS.map((name) => findOrCreateDepartment(db, name, null).id);
  db.transaction(() => {
    for (let j = 0; j < JOURNEYS; j++) {
      const journey = insertJourney(db, { name: `Journey ${j + 1}`, scene: 'service', persona: '', customerTier: null, description: '' });
      const stages = Array.from({ length: 5 }, (_, i) => insertStage(db, journey, `Stage ${i + 1}`, i));
      const lanes = departments.map((departmentId, i) => insertLane(db, journey, { name: DEPARTMENTS[i]!, kind: 'department', departmentId, color: null }, i));
      for (let i = 0; i < PER_JOURNEY; i++) {
        // About half break a rule: a low rating or two transfers.
        const low = rand() < 0.45;
        const rating = () => (low && rand() < 0.5 ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 3));
        const tp = insertTouchpoint(db, journey, {
          stageId: stages[i % stages.length]!,
          laneId: lanes[Math.floor(rand() * lanes.length)]!,
          title: `Touchpoint ${j + 1}.${i + 1} 触点`,
          channel: 'phone',
          description: '',
          quote: rand() < 0.2 ? 'Waited far too long on the phone' : '',
          owner: `Owner ${Math.floor(rand() * 40)}`,
          need: rating(),
          convenience: rating(),
          emotion: rating(),
          transfers: low && rand() < 0.3 ? 2 : Math.floor(rand() * 2),
          position: i,
        });
        if (rand() < 0.1) addCause(db, tp, CAUSES[Math.floor(rand() * CAUSES.length)]!, '');
        if (rand() < 0.08) createAction(db, tp, { title: 'Fix it', owner: 'Lead', due: rand() < 0.5 ? '2020-01-01' : '2030-01-01', status: rand() < 0.3 ? 'done' : 'planned', expectedEffect: '' });
        if (rand() < 0.05) setReach(db, tp, 1000, { yearlySpend: 5000, years: 5, peopleTold: 8, shareWhoLeave: 0.2, customersLost: Math.ceil(rand() * 20) }, 0);
      }
    }
  })();
}

let shared: Promise<Shared> | undefined;
function getShared(): Promise<Shared> {
  shared ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ja-bench-pain-'));
    const file = join(dir, 'pain.jaudit');
    const db = createWorkspaceFile(file, { sample: false, lang: 'en' });
    seed(db);
    db.close();
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const app = await startBrowserMode({ workspace: file, dataDir: join(dir, 'data') });
    const s: Shared = { browser, app };
    cleanups.push(async () => {
      await browser.close();
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    return s;
  })();
  return shared;
}

/** The latest `name` measure once there are more than `after` of them. */
async function measure(page: Page, name: string, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([n, a]) => {
      const m = performance.getEntriesByName(n as string, 'measure');
      return m.length > (a as number) ? m[m.length - 1]!.duration : null;
    },
    [name, after] as const,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

const count = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);

let openMs: number[] = [];

async function openPage(s: Shared): Promise<{ page: Page; ms: number }> {
  const page = await s.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.goto(`${s.app.url}#/pain-points`);
  const ms = await measure(page, 'painpoints:list');
  const end = await page.evaluate(() => {
    const m = performance.getEntriesByName('painpoints:list', 'measure')[0]!;
    return m.startTime + m.duration;
  });
  openMs.push(end);
  const shown = await page.getByRole('status').filter({ hasText: /pain points$/ }).innerText();
  flagged = Number(/of ([\d,]+)/.exec(shown)?.[1]?.replace(/,/g, '') ?? 0);
  return { page, ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const painPointBenchmarks: Benchmark[] = [
  {
    name: 'pain points: 5,000 touchpoints, list data → painted',
    unit: 'ms',
    target: { op: '<=', value: 200 },
    runs: 5,
    setup: () => {
      openMs = [];
    },
    run: async () => {
      const { page, ms } = await openPage(await getShared());
      await page.close();
      return ms;
    },
    reference: () => `${flagged.toLocaleString('en')} of ${(JOURNEYS * PER_JOURNEY).toLocaleString('en')} touchpoints listed; page load → list painted (incl. fetch) ${Math.round(median(openMs))} ms`,
  },
  {
    name: 'pain points: type a search → painted',
    unit: 'ms',
    target: { op: '<=', value: 200 },
    runs: 5,
    run: async () => {
      const { page } = await openPage(await getShared());
      const search = page.getByRole('textbox', { name: 'Search' });
      const before = await count(page, 'painpoints:filter');
      await search.pressSequentially('Touchpoint 1', { delay: 0 });
      // Each keystroke is its own measurement; the median of a typed word.
      await page.waitForFunction((b) => performance.getEntriesByName('painpoints:filter', 'measure').length >= b + 1, before);
      await page.waitForTimeout(300);
      const all = await page.evaluate(() => performance.getEntriesByName('painpoints:filter', 'measure').map((m) => m.duration));
      await page.close();
      return median(all.slice(before));
    },
  },
  {
    name: 'pain points: pick a department filter → painted',
    unit: 'ms',
    target: { op: '<=', value: 200 },
    runs: 5,
    run: async () => {
      const { page } = await openPage(await getShared());
      const before = await count(page, 'painpoints:filter');
      await page.getByRole('combobox', { name: 'Department', exact: true }).click();
      await page.getByTitle('Workshop', { exact: true }).click();
      const ms = await measure(page, 'painpoints:filter', before);
      await page.close();
      return ms;
    },
  },
];
