/**
 * Where the built participant page is: `out/participant`, beside the bundle folder that runs
 * the backend (`out/main` in the desktop app, `out/node` for browser mode and the CLI), whose
 * code may itself sit one folder down in a chunk folder.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function defaultParticipantDir(from = import.meta.dirname): string {
  const candidates = [resolve(from, '../participant'), resolve(from, '../../participant')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}
