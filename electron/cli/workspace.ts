/**
 * Opening a workspace for a CLI command (with the same checks, backup and migration as the app).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../backend/db/open';
import { WorkspaceSession } from '../backend/workspace/session';

export async function withWorkspace<T>(file: string, run: (db: Db) => Promise<T> | T): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-audit-cli-'));
  const session = new WorkspaceSession(dataDir);
  try {
    await session.open(file);
    return await run(session.requireDb());
  } finally {
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
