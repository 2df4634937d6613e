/**
 * The kill test's short form: twenty SIGKILLs of the real backend mid-edit and mid-import,
 * each followed by integrity checks, whole-or-absent imports and every acknowledged edit present;
 * a lost edit, a failed import or a server that dies on its own throws (naming the seed).
 * The full form (200 kills) is `npm run stress`.
 */
import { describe, expect, it } from 'vitest';
import { formatSummary, runKillTest } from '../../stress/kill';

describe('a killed backend', () => {
  it('never corrupts the workspace, never half-imports, never loses an acknowledged edit', async () => {
    const seed = Number(process.env.KILL_SEED ?? 20261123);
    const summary = await runKillTest({ kills: 20, seed, maxLifeMs: 1500, warm: 2 });
    console.log(formatSummary(summary));
    expect(summary.kills).toBe(20);
    // The run must have exercised what it checks: acknowledged edits, kills mid-import and finished imports.
    expect(summary.editsAcknowledged).toBeGreaterThan(20);
    expect(summary.editsCheckedAfterKill).toBeGreaterThan(0);
    expect(summary.importsAbsent).toBeGreaterThan(0);
    expect(summary.importsComplete).toBeGreaterThan(0);
  }, 180_000);
});
