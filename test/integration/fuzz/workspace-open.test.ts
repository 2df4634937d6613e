/**
 * Property tests for opening workspace files: random bytes, a real workspace cut at random
 * offsets, and a real workspace with random bytes changed. Every attempt either opens a
 * healthy-looking workspace or fails with a typed workspace error naming the file — the
 * process never crashes — and a refused file is left byte for byte as it was.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/db/migrations';
import { APPLICATION_ID, openWorkspaceDb, readHeader } from '../../../electron/backend/db/open';
import { WorkspaceSession } from '../../../electron/backend/workspace/session';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
const REFUSALS = ['workspace_empty', 'workspace_not_sqlite', 'workspace_corrupt', 'workspace_foreign', 'workspace_newer', 'workspace_missing'];
let good: Buffer;

beforeAll(async () => {
  const dir = tmp();
  const session = new WorkspaceSession(dir);
  await session.create(join(dir, 'good.jaudit'), { sample: true, lang: 'en' });
  session.close();
  good = readFileSync(join(dir, 'good.jaudit'));
});

/** Opens `bytes` as a workspace file; checks the outcome and that a refusal changed nothing. */
async function tryOpen(dir: string, bytes: Uint8Array, counts: { opened: number; refused: number }): Promise<void> {
  const path = join(dir, 'fuzzed.jaudit');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  writeFileSync(path, bytes);
  try {
    const db = await openWorkspaceDb(path);
    counts.opened++;
    try {
      // An opened file is ours, at the latest schema, and its journeys read back healthy.
      expect(readHeader(db)).toEqual({ applicationId: APPLICATION_ID, schemaVersion: LATEST_SCHEMA_VERSION });
      expect(db.pragma('quick_check(journeys)', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) AS n FROM journeys').get()).toMatchObject({ n: expect.any(Number) });
    } finally {
      db.close();
    }
    return;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(REFUSALS, err.message).toContain(err.code);
    expect(err.message).toContain(path);
    counts.refused++;
  }
  expect(Buffer.compare(readFileSync(path), bytes)).toBe(0);
}

describe('opening a damaged or foreign file', () => {
  it('refuses random bytes, with or without an SQLite header', async () => {
    const dir = tmp();
    const counts = { opened: 0, refused: 0 };
    const header = Buffer.from(good.subarray(0, 100));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.uint8Array({ minLength: 0, maxLength: 16_384 }).map((b) => Buffer.concat([header, b])),
    );
    await fc.assert(fc.asyncProperty(bytes, (b) => tryOpen(dir, b, counts)), { numRuns: 2000 });
    expect(counts.refused).toBeGreaterThan(1500);
  }, 180_000);

  it('refuses a real workspace cut at any offset', async () => {
    const dir = tmp();
    const counts = { opened: 0, refused: 0 };
    const cut = fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.subarray(0, n));
    await fc.assert(fc.asyncProperty(cut, (b) => tryOpen(dir, b, counts)), { numRuns: 1500 });
    expect(counts.opened).toBe(0);
  }, 180_000);

  it('opens or refuses a real workspace with random bytes changed, never crashing', async () => {
    const dir = tmp();
    const counts = { opened: 0, refused: 0 };
    // Flips land anywhere, and a quarter of them in the 100-byte header and the schema page.
    const flips = fc.array(fc.tuple(fc.oneof(fc.nat({ max: good.length - 1 }), fc.nat({ max: 4095 })), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 12,
    });
    const flipped = flips.map((fs) => {
      const b = Buffer.from(good);
      for (const [at, v] of fs) b[at] = v;
      return b;
    });
    await fc.assert(fc.asyncProperty(flipped, (b) => tryOpen(dir, b, counts)), { numRuns: 2500 });
    expect(counts.refused).toBeGreaterThan(0);
  }, 180_000);
});
