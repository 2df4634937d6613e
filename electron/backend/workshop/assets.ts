/**
 * Where the built participant page is: `out/participant`, beside the bundle that runs the
 * backend (`out/main` in the desktop app, `out/node` for browser mode and the CLI).
 */
import { resolve } from 'node:path';

export const defaultParticipantDir = (): string => resolve(import.meta.dirname, '../participant');
