/**
 * An import through the wizard reads its file once: the upload is read into a table and
 * staged, the check converts that table, and the import's worker writes the very answers the
 * check counted. The uploaded bytes are not kept or read again — overwriting them after the
 * preview changes nothing that is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../../shared/ops/import';
import { ImportJobs } from '../../../../electron/backend/import/jobs';
import { suggestForStaged } from '../../../../electron/backend/import/run';
import { getRound } from '../../../../electron/backend/surveys/repo';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../../..');
const WORKER = join(ROOT, 'out/node/import-worker.js');
const SAMPLE = join(ROOT, 'test/fixtures/samples/surveymonkey-steak-risk.csv');

const tempDir = useTmpDir();

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error('Build first: npm run build');
});

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function finished(jobs: ImportJobs, job: ImportJob): Promise<ImportJob> {
  for (let i = 0; i < 600 && job.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = jobs.progress(job.jobId);
  }
  return job;
}

describe('an import writes the table it staged and checked', () => {
  it('writes the checked answers in the worker without reading the upload again', async () => {
    const dir = tempDir();
    const ctx = await sampleBackend(dir);
    cleanup = () => ctx.backend.close();
    const survey = await ctx.call<{ id: string }>('surveys.create', { name: 'Steak', kind: 'external' });
    const round = await ctx.call<{ id: string }>('rounds.create', { surveyId: survey.id, label: 'R1', phase: 'external' });
    const db = ctx.backend.session.requireDb();

    const jobs = new ImportJobs(WORKER);
    const bytes = Buffer.from(readFileSync(SAMPLE));
    const staged = await jobs.read(bytes, 'steak.csv', {});
    const stagingId = jobs.stage(staged);
    // The upload's buffer is gone (here: overwritten) once the table is staged.
    bytes.fill(0);

    const { mapping } = suggestForStaged(staged, [], null);
    const checked = jobs.convert(stagingId, mapping);
    expect(checked.rowCount).toBe(550);
    expect(jobs.convert(stagingId, mapping)).toBe(checked);

    const job = await finished(jobs, jobs.start(db, ctx.backend.session.status().path!, stagingId, { surveyId: survey.id, roundRowId: getRound(db, round.id).rowId, mapping, onDuplicate: 'refuse' }));
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ responses: checked.rowCount, answers: checked.answers });

    const rowId = getRound(db, round.id).rowId;
    const counted = db.prepare('SELECT (SELECT COUNT(*) FROM responses WHERE round_id = ?) AS responses, (SELECT COUNT(*) FROM answers WHERE round_id = ?) AS answers').get(rowId, rowId) as {
      responses: number;
      answers: number;
    };
    expect(counted).toEqual({ responses: checked.rowCount, answers: checked.answers });
  }, 60_000);
});
