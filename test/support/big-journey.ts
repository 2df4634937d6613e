/**
 * Puts a large journey (test/support/big-map-file.ts) straight into a workspace, for the
 * editor benchmarks.
 */
import type { Db } from '../../electron/backend/db/open';
import { importMap } from '../../electron/backend/journeys/import-map';
import { type BigMapSize, bigMapFile } from './big-map-file';

export const insertBigJourney = (db: Db, size: BigMapSize): string => importMap(db, bigMapFile(size).journey);
