/**
 * The cap on an upload reader's memory must leave room for real surveys: a 100,000 × 30
 * Likert CSV (the size the import benchmark uses) and a 20,000 × 100 workbook are read for
 * the wizard through browser mode, over HTTP, whole, and the CSV is imported by the import
 * worker to its last answer.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Server, call, findRoot, startServer, value } from '../../stress/kill';
import { useBuiltServers } from '../../support/servers';
import { useTmpDir } from '../../support/tmp';

const ROOT = findRoot(import.meta.dirname);
const tmp = useTmpDir();
const running = useBuiltServers(ROOT);

/** Deterministic 1–5 answers: row r, question q. */
const answer = (r: number, q: number) => 1 + ((r * 7 + q * 13) % 5);

function likertCsv(rows: number, questions: number): Buffer {
  const lines = [['id', ...Array.from({ length: questions }, (_, q) => `Q${q + 1} How satisfied are you with step ${q + 1}?`)].join(',')];
  for (let r = 0; r < rows; r++) lines.push([r + 1, ...Array.from({ length: questions }, (_, q) => answer(r, q))].join(','));
  return Buffer.from(lines.join('\n'));
}

async function likertXlsx(rows: number, questions: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Answers');
  ws.addRow(['id', ...Array.from({ length: questions }, (_, q) => `Q${q + 1} How satisfied are you with step ${q + 1}?`)]);
  for (let r = 0; r < rows; r++) ws.addRow([r + 1, ...Array.from({ length: questions }, (_, q) => answer(r, q))]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Preview {
  stagingId: string;
  rowCount: number;
  headerRows: number;
  columns: { mapping: unknown }[];
}
interface Job {
  jobId: string;
  state: string;
  error: unknown;
  result: { responses: number; answers: number } | null;
}

async function previewWhole(s: Server, name: string, bytes: Buffer, rows: number, questions: number): Promise<Preview> {
  const preview = await call(s, 'import.preview', { source: { kind: 'bytes', name, base64: bytes.toString('base64') }, options: {}, surveyId: null });
  expect(preview.body.ok, JSON.stringify(preview.body.error)).toBe(true);
  const p = preview.body.value as Preview;
  expect(p.rowCount).toBe(rows);
  expect(p.columns.length).toBe(questions + 1);
  return p;
}

describe('a large real survey uploaded in browser mode', () => {
  it('is read for the wizard, whole, as CSV and as a workbook', async () => {
    const dir = tmp();
    const file = join(dir, 'w.jaudit');
    execFileSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'init', file]);
    const s = await startServer(ROOT, file, join(dir, 'data'));
    running.push(s);
    await value(s, 'journeys.list', {});
    const csv = await previewWhole(s, 'big.csv', likertCsv(100_000, 30), 100_000, 30);
    await previewWhole(s, 'wide.xlsx', await likertXlsx(20_000, 100), 20_000, 100);

    const survey = await value<{ id: string }>(s, 'surveys.create', { name: 'Service customers', kind: 'external', description: '' });
    const round = await value<{ id: string }>(s, 'rounds.create', { surveyId: survey.id, label: 'Baseline', phase: 'external' });
    const mapping = { headerRows: csv.headerRows, columns: csv.columns.map((c) => c.mapping) };
    let job = await value<Job>(s, 'import.start', { stagingId: csv.stagingId, surveyId: survey.id, roundId: round.id, mapping });
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 250));
      job = await value<Job>(s, 'import.progress', { jobId: job.jobId });
    }
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ responses: 100_000, answers: 3_000_000 });
  }, 240_000);
});
