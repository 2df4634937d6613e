/**
 * Building journeys in one transaction: blank, from a scene template, or as a copy.
 */
import type { JourneyMeta } from '../../../shared/domain/journey';
import type { Bilingual, JourneyTemplate } from '../../../shared/domain/journey-templates/types';
import { DEPARTMENTS } from '../../../shared/domain/journey-templates/departments';
import type { Db } from '../db/open';
import { findOrCreateDepartment } from '../departments/repo';
import type { Lang } from '../workspace/settings';
import { getJourney, insertFlow, insertJourney, insertLane, insertStage, insertTouchpoint } from './repo';

/** Stages and lanes of a blank map: before / during / after purchase × the default lanes. */
const BLANK_STAGES: Bilingual[] = [
  { 'zh-CN': '购前', en: 'Before purchase' },
  { 'zh-CN': '购中', en: 'Purchase' },
  { 'zh-CN': '购后', en: 'After purchase' },
];
const BLANK_LANES: { name: Bilingual; kind: 'customer' | 'department' | 'system' }[] = [
  { name: { 'zh-CN': '客户', en: 'Customer' }, kind: 'customer' },
  { name: { 'zh-CN': '一线', en: 'Front line' }, kind: 'department' },
  { name: { 'zh-CN': '后台', en: 'Back office' }, kind: 'department' },
  { name: { 'zh-CN': '系统', en: 'Systems' }, kind: 'system' },
];

/** Departments are shared by all journeys of a workspace and matched by name; new template ones get readable ids. */
export function ensureDepartment(db: Db, key: string, lang: Lang): string {
  const dept = DEPARTMENTS.find((d) => d.key === key);
  if (!dept) throw new Error(`Unknown department key ${key}`);
  return findOrCreateDepartment(db, dept.name[lang], dept.color, `dept-${key}`).id;
}

export function createBlank(db: Db, meta: JourneyMeta, lang: Lang): string {
  return db.transaction(() => {
    const id = insertJourney(db, meta);
    BLANK_STAGES.forEach((s, i) => insertStage(db, id, s[lang], i));
    BLANK_LANES.forEach((l, i) => insertLane(db, id, { name: l.name[lang], kind: l.kind, departmentId: null, color: null }, i));
    return id;
  })();
}

export function createFromTemplate(db: Db, template: JourneyTemplate, lang: Lang, override: Partial<JourneyMeta> = {}): string {
  return db.transaction(() => {
    const id = insertJourney(db, {
      name: template.name[lang],
      scene: template.scene,
      persona: template.persona[lang],
      customerTier: null,
      description: template.description[lang],
      ...override,
    });
    const stageIds = template.stages.map((s, i) => insertStage(db, id, s[lang], i));
    const laneIds = template.lanes.map((l, i) => {
      const departmentId = l.department ? ensureDepartment(db, l.department, lang) : null;
      const color = l.department ? (DEPARTMENTS.find((d) => d.key === l.department)?.color ?? null) : null;
      return insertLane(db, id, { name: l.name[lang], kind: l.kind, departmentId, color }, i);
    });
    const tpIds = template.touchpoints.map((t, i) =>
      insertTouchpoint(db, id, {
        stageId: stageIds[t.stage]!,
        laneId: laneIds[t.lane]!,
        title: t.title[lang],
        channel: t.channel,
        description: t.description[lang],
        quote: t.quote[lang],
        owner: t.owner[lang],
        need: t.need,
        convenience: t.convenience,
        emotion: t.emotion,
        transfers: t.transfers,
        position: i,
      }),
    );
    for (const [from, to] of template.flows) insertFlow(db, id, tpIds[from]!, tpIds[to]!);
    return id;
  })();
}

/** Copies a journey with new ids throughout; the copy is independent of the original. */
export function duplicateJourney(db: Db, sourceId: string, name: string): string {
  return db.transaction(() => {
    const src = getJourney(db, sourceId);
    const id = insertJourney(db, { name, scene: src.scene, persona: src.persona, customerTier: src.customerTier, description: src.description });
    const stageMap = new Map(src.stages.map((s, i) => [s.id, insertStage(db, id, s.name, i, s.color)]));
    const laneMap = new Map(src.lanes.map((l, i) => [l.id, insertLane(db, id, l, i)]));
    const tpMap = new Map(
      src.touchpoints.map((t) => [t.id, insertTouchpoint(db, id, { ...t, stageId: stageMap.get(t.stageId)!, laneId: laneMap.get(t.laneId)! })]),
    );
    for (const f of src.flows) insertFlow(db, id, tpMap.get(f.sourceId)!, tpMap.get(f.targetId)!, f.label);
    return id;
  })();
}
