/**
 * Builds a large journey for the editor benchmarks: stages × lanes with touchpoints spread
 * over the cells and flows between them, deterministic for a given size.
 */
import type { Db } from '../../electron/backend/db/open';
import { insertFlow, insertJourney, insertLane, insertStage, insertTouchpoint } from '../../electron/backend/journeys/repo';

export function insertBigJourney(db: Db, opts: { touchpoints: number; flows: number; stages?: number; lanes?: number }): string {
  const stages = opts.stages ?? 10;
  const lanes = opts.lanes ?? 8;
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return db.transaction(() => {
    const id = insertJourney(db, { name: `Benchmark ${opts.touchpoints}`, scene: 'service', persona: '', customerTier: null, description: '' });
    const stageIds = Array.from({ length: stages }, (_, i) => insertStage(db, id, `Stage ${i + 1}`, i));
    const laneIds = Array.from({ length: lanes }, (_, i) =>
      insertLane(db, id, { name: `Lane ${i + 1}`, kind: i === 0 ? 'customer' : 'department', departmentId: null, color: null }, i),
    );
    const rating = () => (rand() < 0.1 ? null : 1 + Math.floor(rand() * 5));
    const tps = Array.from({ length: opts.touchpoints }, (_, i) =>
      insertTouchpoint(db, id, {
        stageId: stageIds[i % stages]!,
        laneId: laneIds[Math.floor(i / stages) % lanes]!,
        title: `Touchpoint ${i + 1} 触点`,
        channel: 'phone',
        description: '',
        quote: '',
        owner: '',
        need: rating(),
        convenience: rating(),
        emotion: rating(),
        transfers: Math.floor(rand() * 3),
        position: i,
      }),
    );
    for (let i = 0; i < opts.flows; i++) {
      const a = Math.floor(rand() * tps.length);
      let b = Math.floor(rand() * tps.length);
      if (b === a) b = (a + 1) % tps.length;
      insertFlow(db, id, tps[a]!, tps[b]!);
    }
    return id;
  })();
}
