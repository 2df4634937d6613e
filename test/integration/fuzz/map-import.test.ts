/**
 * Property tests for the JSON map import: thousands of malformed map files, as text through
 * `parseMapFile` and as JSON through the backend's `journeys.importMap`. Whatever comes in,
 * the answer is a valid map or a typed error with a message — never an exception — and a
 * refused map writes nothing.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type Envelope } from '../../../shared/errors';
import type { Journey } from '../../../shared/domain/journey';
import { MapFile, parseMapFile, toMapFile } from '../../../shared/domain/map/format';
import { sampleBackend } from '../../support/backend';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
let valid: MapFile;
let validText: string;

beforeAll(async () => {
  const { backend, call } = await sampleBackend(tmp());
  const [summary] = await call<{ id: string }[]>('journeys.list');
  const journey = await call<Journey>('journeys.get', { id: summary!.id });
  valid = toMapFile(journey, () => 'Service desk', '2026-11-23T10:00:00.000Z');
  validText = JSON.stringify(valid, null, 2);
  backend.close();
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The valid map with one value somewhere replaced, removed, or a reference left dangling. */
function mutate(root: Json, path: number[], replacement: Json, mode: number): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const step of path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child: Json = (node as Record<string, Json>)[key]!;
    if (child === null || typeof child !== 'object' || step % 4 === 0) {
      if (mode === 0) delete (node as Record<string, Json>)[key];
      else if (mode === 1) (node as Record<string, Json>)[key] = replacement;
      else if (mode === 2) (node as Record<string, Json>)[key] = typeof child === 'string' ? `${child}-dangling` : replacement;
      else (node as Record<string, Json>)[`${key}_extra`] = replacement;
      return copy;
    }
    node = child;
  }
  return copy;
}

const mutatedMap = () =>
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.integer({ min: 0, max: 3 }))
    .map(([path, value, mode]) => mutate(valid as unknown as Json, path, value, mode));

const anyInput = () => fc.oneof({ weight: 3, arbitrary: mutatedMap() }, fc.anything(), fc.jsonValue() as fc.Arbitrary<Json>);

describe('parseMapFile', () => {
  it('answers random text, cut files and flipped bytes with problems or a valid map, never an exception', () => {
    const cut = fc.integer({ min: 0, max: validText.length }).map((n) => validText.slice(0, n));
    const flipped = fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 32, max: 0x2fff })), { minLength: 1, maxLength: 8 })
      .map((flips) => {
        const chars = [...validText];
        for (const [at, code] of flips) chars[at % chars.length] = String.fromCharCode(code);
        return chars.join('');
      });
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cut, flipped, mutatedMap().map((m) => JSON.stringify(m)));
    fc.assert(
      fc.property(text, (t) => {
        const r = parseMapFile(t);
        if (r.ok) {
          expect(MapFile.safeParse(r.map).success).toBe(true);
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(typeof p.path).toBe('string');
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('journeys.importMap through the backend', () => {
  it('refuses malformed maps with a typed error and writes nothing', async () => {
    const { backend, raw } = await sampleBackend(tmp());
    const db = backend.session.requireDb();
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const rows = () => tables.map((t) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n).join(',');
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyInput(), fc.boolean(), async (input, wrapped) => {
        const before = rows();
        const version = db.pragma('data_version', { simple: true });
        const changesBefore = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
        const r = (await raw('journeys.importMap', wrapped ? { map: input } : input)) as Envelope<unknown>;
        if (r.ok) {
          accepted++;
          expect(MapFile.safeParse(wrapped ? input : (input as { map?: unknown })?.map).success).toBe(true);
          // An accepted map is imported as a new journey: it really was written.
          expect(rows()).not.toBe(before);
          expect((db.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBeGreaterThan(changesBefore);
          return;
        }
        refused++;
        expect(ERROR_CODES).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(0);
        expect(rows()).toBe(before);
        expect((db.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBe(changesBefore);
        expect(db.pragma('data_version', { simple: true })).toBe(version);
      }),
      { numRuns: 1500 },
    );
    expect(refused).toBeGreaterThan(750);
    // Some mutations leave a valid map (an extra key stripped, a colour still a colour): those
    // import, and each was checked above to have written its journey.
    expect(accepted).toBeGreaterThan(0);
    backend.close();
  }, 60_000);

  it('imports the unmutated map (so the refusals above are about the damage)', async () => {
    const { backend, raw } = await sampleBackend(tmp());
    const r = await raw('journeys.importMap', { map: valid });
    expect(r.ok).toBe(true);
    backend.close();
  });
});
