/**
 * Comparison benchmark (issue target): two rounds of 100,000 responses × 30 Likert questions
 * with a region attribute, imported through the CLI; then the full comparison — every item,
 * broken down by region — through the CLI in ≤ 1 s, served by the aggregates the imports
 * wrote (the benchmark fails if the imports wrote none, or if a timed run had to add any).
 * The reference column gives the same comparison on a copy with the cache emptied (what a
 * comparison costs when the import did not prepare it, e.g. after the question links changed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import { type Benchmark, cleanups } from './harness';
import { runMeasured } from './support/process-memory';

const ROWS = 100_000;
const QUESTIONS = 30;
const CLI = resolve(import.meta.dirname, 'cli.js');
// Sixteen regions: the by-region PDF report then runs past 20 pages, the size the target names.
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coast', 'Mountain', 'Capital', 'Border', 'Islands', 'Delta', 'Plains', 'Lakes', 'Valley', 'Harbour', 'Forest'];

let coldMs = NaN;
let workspace: string | undefined;
/** Rows of the aggregate cache as the two imports left it. */
let importCache = 0;

function cacheRows(ws: string): number {
  const db = new Database(ws, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM analysis_cache').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
let pdfPages = 0;

function writeRound(path: string, seed: number, shift: number): void {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = [['RespondentID', 'Region', ...Array.from({ length: QUESTIONS }, (_, q) => `Q${q + 1}. Statement ${q + 1}`)].join(',')];
  for (let r = 0; r < ROWS; r++) {
    // The first third of the questions moves up by `shift` on average after the changes.
    const answers = Array.from({ length: QUESTIONS }, (_, q) => Math.min(5, Math.max(1, 1 + Math.floor(rand() * 5) + (q < 10 && rand() < shift ? 1 : 0))));
    lines.push([`R${r}`, REGIONS[r % REGIONS.length], ...answers].join(','));
  }
  writeFileSync(path, lines.join('\r\n'));
}

async function prepare(): Promise<string> {
  if (workspace) return workspace;
  const dir = mkdtempSync(join(tmpdir(), 'ja-bench-compare-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const ws = join(dir, 'compare.jaudit');
  createWorkspaceFile(ws, { sample: false, lang: 'en' }).close();
  for (const [label, seed, shift] of [['Baseline', 11, 0], ['Re-measure', 23, 0.1]] as const) {
    const csv = join(dir, `${label}.csv`);
    writeRound(csv, seed, shift);
    const r = await runMeasured(process.execPath, [CLI, 'survey', 'import', ws, csv, '--survey', 'Bench', '--round', label, '--json']);
    if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  }
  importCache = cacheRows(ws);
  if (importCache === 0) throw new Error('the imports wrote no aggregate cache: there is nothing for this benchmark to time');
  workspace = ws;
  return ws;
}

/** A timed comparison, which must have been served by the imports' cache alone. */
async function cachedCompare(): Promise<number> {
  const ws = await prepare();
  const ms = await compareOnce(ws);
  const after = cacheRows(ws);
  if (after !== importCache) throw new Error(`the comparison changed the aggregate cache (${importCache} → ${after} rows): it did not use what the imports wrote`);
  return ms;
}

async function compareOnce(ws: string): Promise<number> {
  const r = await runMeasured(process.execPath, [CLI, 'compare', ws, '--survey', 'Bench', '--before', 'Baseline', '--after', 'Re-measure', '--by', 'region', '--json']);
  if (r.code !== 0) throw new Error(`compare failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { items: { group: string | null; before: { n: number } }[] };
  const overall = out.items.filter((i) => i.group === null);
  if (overall.length !== QUESTIONS || overall[0]!.before.n !== ROWS || out.items.length !== QUESTIONS * (1 + REGIONS.length)) {
    throw new Error(`unexpected comparison: ${overall.length} items`);
  }
  return r.ms;
}

/** The PDF report of the same comparison (every item, whole rounds and each region), through the CLI. */
async function pdfOnce(ws: string): Promise<number> {
  const out = join(mkdtempSync(join(tmpdir(), 'ja-bench-pdf-')), 'report.pdf');
  const r = await runMeasured(process.execPath, [CLI, 'report', ws, '--survey', 'Bench', '--before', 'Baseline', '--after', 'Re-measure', '--by', 'region', '--format', 'pdf', '-o', out, '--json']);
  if (r.code !== 0) throw new Error(`report failed: ${r.stderr}`);
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  pdfPages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  if (pdfPages < 20) throw new Error(`the report has ${pdfPages} pages; this benchmark is for 20 or more`);
  rmSync(join(out, '..'), { recursive: true, force: true });
  return r.ms;
}

export const compareBenchmarks: Benchmark[] = [
  {
    name: 'compare CLI: 2 rounds of 100,000 × 30, by region',
    unit: 'ms',
    target: { op: '<=', value: 1000 },
    runs: 5,
    measureReference: async () => {
      // On a copy, so the timed runs still read the cache the imports wrote, not one this filled.
      const ws = await prepare();
      const cold = ws.replace(/\.jaudit$/, '-cold.jaudit');
      copyFileSync(ws, cold);
      const db = new Database(cold);
      db.exec('DELETE FROM analysis_cache');
      db.close();
      coldMs = await compareOnce(cold);
      rmSync(cold, { force: true });
      for (const suffix of ['-wal', '-shm']) rmSync(cold + suffix, { force: true });
    },
    run: cachedCompare,
    reference: () => `without the import-time aggregates: ${Math.round(coldMs)} ms`,
  },
  {
    name: 'report CLI: PDF of that comparison (20+ pages)',
    unit: 'ms',
    target: { op: '<=', value: 10_000 },
    runs: 3,
    run: async () => pdfOnce(await prepare()),
    reference: () => `${pdfPages} A4 pages, printed by headless Chromium`,
  },
];
