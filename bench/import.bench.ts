/**
 * Survey import benchmarks (issue targets): 100,000 responses × 30 Likert questions
 * (3 M answers) from a CSV through the CLI in ≤ 15 s with ≤ 1 GB peak memory, at ≥ 50% of
 * a raw better-sqlite3 insert of the same number of rows measured in the same run; and a
 * round summary of that round in ≤ 500 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openWorkspaceDb } from '../electron/backend/db/open';
import { findSurveyByName } from '../electron/backend/surveys/repo';
import { roundSummary } from '../electron/backend/surveys/summary';
import { createWorkspaceFile } from '../electron/backend/workspace/session';
import { type Benchmark, cleanups } from './harness';
import { runMeasured } from './support/process-memory';

const ROWS = 100_000;
const QUESTIONS = 30;
const ANSWERS = ROWS * QUESTIONS;
const CLI = resolve(import.meta.dirname, 'cli.js');

let rawRate = NaN;
let lastPeakMB: number | null = null;
let shared: { dir: string; csv: string; imported: string | null } | undefined;

function getShared() {
  if (shared) return shared;
  const dir = mkdtempSync(join(tmpdir(), 'ja-bench-import-'));
  const csv = join(dir, 'responses.csv');
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = [['RespondentID', ...Array.from({ length: QUESTIONS }, (_, q) => `Q${q + 1}. Statement ${q + 1}`)].join(',')];
  for (let r = 0; r < ROWS; r++) lines.push([`R${r}`, ...Array.from({ length: QUESTIONS }, () => 1 + Math.floor(rand() * 5))].join(','));
  writeFileSync(csv, lines.join('\r\n'));
  shared = { dir, csv, imported: null };
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return shared;
}

/** Raw better-sqlite3: ANSWERS rows of three integers in one transaction, WAL. */
function measureRawInsert(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ja-bench-raw-'));
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER)');
  const ins = db.prepare('INSERT INTO t VALUES (?, ?, ?)');
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < ANSWERS; i++) ins.run(i, i % 30, i % 5);
  })();
  rawRate = ANSWERS / ((performance.now() - t0) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

async function importOnce(): Promise<{ ms: number; workspace: string }> {
  const s = getShared();
  const workspace = join(s.dir, `w-${Date.now()}.jaudit`);
  createWorkspaceFile(workspace, { sample: false, lang: 'en' }).close();
  const r = await runMeasured(process.execPath, [CLI, 'survey', 'import', workspace, s.csv, '--survey', 'Bench', '--round', 'R1', '--json']);
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { responses: number; answers: number };
  if (out.responses !== ROWS || out.answers !== ANSWERS) throw new Error(`imported ${out.responses} responses / ${out.answers} answers`);
  lastPeakMB = r.peakMB;
  s.imported = workspace;
  return { ms: r.ms, workspace };
}

export const importBenchmarks: Benchmark[] = [
  {
    name: 'survey import CLI: 100,000 × 30 Likert CSV',
    unit: 'ms',
    target: { op: '<=', value: 15_000 },
    runs: 3,
    measureReference: measureRawInsert,
    run: async () => (await importOnce()).ms,
    reference: (ms) => `${Math.round(ANSWERS / (ms / 1000) / 1000)}k answers/s end to end; peak ${lastPeakMB?.toFixed(0) ?? '?'} MB (target ≤ 1024)`,
  },
  {
    name: 'survey import: answer insert rate vs raw insert',
    unit: '%',
    target: { op: '>=', value: 50 },
    runs: 1,
    run: async () => {
      // The insert phase alone, in-process, so parsing the CSV is not counted against SQLite.
      const s = getShared();
      const { stageBytes, executeImport, suggestForStaged } = await import('../electron/backend/import/run');
      const { readFileSync } = await import('node:fs');
      const workspace = join(s.dir, 'insert-only.jaudit');
      const db = createWorkspaceFile(workspace, { sample: false, lang: 'en' });
      const { insertRound, insertSurvey, getRound } = await import('../electron/backend/surveys/repo');
      const staged = await stageBytes(readFileSync(s.csv), 'responses.csv');
      const surveyId = insertSurvey(db, { name: 'Insert', kind: 'external', description: '' }, null);
      const round = getRound(db, insertRound(db, surveyId, { label: 'R', phase: 'external', fieldStart: null, fieldEnd: null, notes: '' }).id);
      const { mapping } = suggestForStaged(staged, [], null);
      const { convertTable } = await import('../shared/domain/survey/convert');
      let t0 = performance.now();
      convertTable(staged.table.rows, mapping, staged.layout.tool);
      const convertMs = performance.now() - t0;
      t0 = performance.now();
      executeImport(db, staged, { surveyId, roundRowId: round.rowId, mapping, onDuplicate: 'refuse', warm: false });
      // executeImport converts again before writing: take that share off.
      const insertMs = performance.now() - t0 - convertMs;
      db.close();
      const rate = ANSWERS / (insertMs / 1000);
      return (rate / rawRate) * 100;
    },
    reference: () => `raw better-sqlite3 insert: ${Math.round(rawRate / 1000)}k rows/s (same run)`,
  },
  {
    name: 'round summary of 100,000 × 30',
    unit: 'ms',
    target: { op: '<=', value: 500 },
    runs: 5,
    setup: async () => {
      const s = getShared();
      if (!s.imported) await importOnce();
      const db = await openWorkspaceDb(s.imported!);
      const survey = findSurveyByName(db, 'Bench')!;
      return { db, roundId: survey.rounds[0]!.id };
    },
    run: (st) => {
      const { db, roundId } = st as { db: Database.Database; roundId: string };
      const t0 = performance.now();
      const sum = roundSummary(db, roundId, null);
      if (sum.responses !== ROWS) throw new Error(`summary saw ${sum.responses} responses`);
      return performance.now() - t0;
    },
    teardown: (st) => {
      (st as { db: Database.Database }).db.close();
    },
  },
];
