/**
 * Creates a new journey from a validated map file, giving every record a new id.
 */
import type { MapJourney } from '../../../shared/domain/map/format';
import type { Db } from '../db/open';
import { findOrCreateDepartment } from '../departments/repo';
import { freeJourneyName } from './names';
import { insertFlow, insertJourney, insertLane, insertStage, insertTouchpoint } from './repo';

export function importMap(db: Db, j: MapJourney): string {
  return db.transaction(() => {
    const id = insertJourney(db, { name: freeJourneyName(db, j.name), scene: j.scene, persona: j.persona, customerTier: j.customerTier, description: j.description });
    const stages = new Map(j.stages.map((s, i) => [s.id, insertStage(db, id, s.name, i, s.color)]));
    const lanes = new Map(
      j.lanes.map((l, i) => {
        const departmentId = l.department ? findOrCreateDepartment(db, l.department, l.color).id : null;
        return [l.id, insertLane(db, id, { name: l.name, kind: l.kind, departmentId, color: l.color }, i)];
      }),
    );
    const tps = new Map(j.touchpoints.map((t) => [t.id, insertTouchpoint(db, id, { ...t, stageId: stages.get(t.stageId)!, laneId: lanes.get(t.laneId)! })]));
    for (const f of j.flows) insertFlow(db, id, tps.get(f.sourceId)!, tps.get(f.targetId)!, f.label);
    return id;
  })();
}
