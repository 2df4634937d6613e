/**
 * The kill test's short form: twenty SIGKILLs of the real backend mid-edit and mid-import,
 * each followed by integrity checks, whole-or-absent imports and acknowledged edits present.
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
    expect(summary.editsAckedOverOneSecondBeforeKill).toBeGreaterThan(0);
    expect(summary.importsAbsent).toBeGreaterThan(0);
    expect(summary.importsComplete).toBeGreaterThan(0);
    expect(summary.editsLostWithinLastSecond).toBe(0);
  }, 180_000);
});
