/**
 * Browser-mode servers started by a test file from the built app: refuses to run without a
 * build, and kills every server a test started once that test ends.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import { type Server, killAndWait } from '../stress/kill';

export function useBuiltServers(root: string): Server[] {
  const running: Server[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => killAndWait(s.child)));
  });
  beforeAll(() => {
    if (!existsSync(join(root, 'out/node/serve-cli.js'))) throw new Error('Build first: npm run build');
  });
  return running;
}
