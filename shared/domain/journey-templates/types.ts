/**
 * A journey template: a scene's typical stages, lanes and touchpoints, in both
 * languages. The sample workspace and "new journey from template" both build on these.
 */
import type { Channel, LaneKind, Rating, Scene } from '../journey';

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export interface TemplateLane {
  name: Bilingual;
  kind: LaneKind;
  /** Key of a department in DEPARTMENTS when the lane belongs to one. */
  department: string | null;
}

export interface TemplateTouchpoint {
  /** Index into the template's stages / lanes. */
  stage: number;
  lane: number;
  title: Bilingual;
  channel: Channel;
  description: Bilingual;
  quote: Bilingual;
  owner: Bilingual;
  need: Rating;
  convenience: Rating;
  emotion: Rating;
  transfers: number;
}

export interface JourneyTemplate {
  key: string;
  scene: Scene;
  name: Bilingual;
  persona: Bilingual;
  description: Bilingual;
  stages: Bilingual[];
  lanes: TemplateLane[];
  touchpoints: TemplateTouchpoint[];
  /** Pairs of touchpoint indexes: the customer moves from the first to the second. */
  flows: [number, number][];
}

export interface TemplateDepartment {
  key: string;
  name: Bilingual;
  color: string;
}
