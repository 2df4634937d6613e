/**
 * Workspace benchmarks: creating, opening and listing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkspaceDb } from '../electron/backend/db/open';
import { createBlank } from '../electron/backend/journeys/build';
import { getJourney, listJourneys } from '../electron/backend/journeys/repo';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import type { Benchmark } from './harness';

const tmp = () => mkdtempSync(join(tmpdir(), 'ja-bench-'));

export const workspaceBenchmarks: Benchmark[] = [
  {
    name: 'create workspace with sample project',
    unit: 'ms',
    target: { op: '<=', value: 200 },
    setup: tmp,
    run: (dir) => {
      const t0 = performance.now();
      const db = createWorkspaceFile(join(dir as string, `w-${Math.random()}.jaudit`), { sample: true, lang: 'zh-CN' });
      db.close();
      return performance.now() - t0;
    },
    teardown: (dir) => rmSync(dir as string, { recursive: true, force: true }),
  },
  {
    name: 'open workspace (checks + pragmas)',
    unit: 'ms',
    target: { op: '<=', value: 50 },
    setup: () => {
      const dir = tmp();
      createWorkspaceFile(join(dir, 'w.jaudit'), { sample: true, lang: 'en' }).close();
      return dir;
    },
    run: async (dir) => {
      const t0 = performance.now();
      const db = await openWorkspaceDb(join(dir as string, 'w.jaudit'));
      const ms = performance.now() - t0;
      db.close();
      return ms;
    },
    teardown: (dir) => rmSync(dir as string, { recursive: true, force: true }),
  },
  {
    name: 'journeys.list over 1,000 journeys',
    unit: 'ms',
    target: { op: '<=', value: 50 },
    setup: () => {
      const dir = tmp();
      const db = createWorkspaceFile(join(dir, 'w.jaudit'), { sample: false, lang: 'en' });
      db.transaction(() => {
        for (let i = 0; i < 1000; i++) createBlank(db, { name: `Journey ${i}`, scene: 'service', persona: '', customerTier: null, description: '' }, 'en');
      })();
      return { dir, db };
    },
    run: (s) => {
      const { db } = s as { db: ReturnType<typeof createWorkspaceFile> };
      const t0 = performance.now();
      listJourneys(db);
      return performance.now() - t0;
    },
    teardown: (s) => {
      const { dir, db } = s as { dir: string; db: ReturnType<typeof createWorkspaceFile> };
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  },
  {
    name: 'journeys.get of the sample journey',
    unit: 'ms',
    target: { op: '<=', value: 20 },
    runs: 9,
    setup: () => {
      const dir = tmp();
      const db = createWorkspaceFile(join(dir, 'w.jaudit'), { sample: true, lang: 'en' });
      return { dir, db, id: listJourneys(db)[0]!.id };
    },
    run: (s) => {
      const { db, id } = s as { db: ReturnType<typeof createWorkspaceFile>; id: string };
      const t0 = performance.now();
      getJourney(db, id);
      return performance.now() - t0;
    },
    teardown: (s) => {
      const { dir, db } = s as { dir: string; db: ReturnType<typeof createWorkspaceFile> };
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  },
];
