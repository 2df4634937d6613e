/**
 * `journey-audit copy <workspace> <dest> [--force] [--json]`: a consistent copy of a workspace
 * (safe while the app has it open). An existing destination is only replaced with `--force`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appError } from '../../shared/messages/appError';
import { WorkspaceSession } from '../backend/workspace/session';
import type { CliOutput } from './output';

export async function runCopy(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, json: { type: 'boolean' } },
  });
  const [from, to] = positionals;
  if (!from || !to || positionals.length > 2) throw appError('validation', 'cli.copy_args', { usage: 'journey-audit copy <workspace> <dest> [--force]' });
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-audit-cli-'));
  const session = new WorkspaceSession(dataDir);
  try {
    await session.open(from);
    const copy = await session.saveCopy(to, { overwrite: values.force });
    return { json: { ok: true, ...copy }, text: `Copied to ${copy.path} (${copy.bytes} bytes)`, exitCode: 0 };
  } finally {
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
