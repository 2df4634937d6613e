/**
 * Journey map records: the shapes stored in a workspace and passed across the contract.
 * Ratings are 1–5 per factor; an unrated factor is `null`, never 0.
 */
import { z } from 'zod';
import { CHANNELS, CUSTOMER_TIERS, LANE_KINDS, SCENES } from './journey-enums';

export { CHANNELS, CUSTOMER_TIERS, LANE_KINDS, SCENES };

export const Id = z.string().min(1).max(64);

export const Scene = z.enum(SCENES);
export type Scene = z.infer<typeof Scene>;

export const CustomerTier = z.enum(CUSTOMER_TIERS);
export type CustomerTier = z.infer<typeof CustomerTier>;

export const LaneKind = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKind>;

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Rating = z.number().int().min(1).max(5).nullable();
export type Rating = z.infer<typeof Rating>;

export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

const Name = z.string().trim().min(1).max(200);
const Text = z.string().max(10_000);

export const JourneyMeta = z.object({
  name: Name,
  scene: Scene,
  persona: z.string().max(200),
  customerTier: CustomerTier.nullable(),
  description: Text,
});
export type JourneyMeta = z.infer<typeof JourneyMeta>;

export const JourneySummary = JourneyMeta.extend({
  id: Id,
  touchpointCount: z.number().int(),
  totalTransfers: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type JourneySummary = z.infer<typeof JourneySummary>;

export const Stage = z.object({ id: Id, name: Name, color: Color.nullable() });
export type Stage = z.infer<typeof Stage>;

export const Lane = z.object({
  id: Id,
  name: Name,
  kind: LaneKind,
  departmentId: Id.nullable(),
  color: Color.nullable(),
});
export type Lane = z.infer<typeof Lane>;

export const Touchpoint = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  title: Name,
  channel: Channel,
  description: Text,
  quote: Text,
  owner: z.string().max(200),
  need: Rating,
  convenience: Rating,
  emotion: Rating,
  transfers: z.number().int().min(0).max(99),
  /** Order inside its stage × lane cell. */
  position: z.number(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;

export const Flow = z.object({ id: Id, sourceId: Id, targetId: Id, label: z.string().max(200) });
export type Flow = z.infer<typeof Flow>;

/** `version` counts the department's edits, so a rename or merge can refuse a stale one. */
export const Department = z.object({ id: Id, name: Name, color: Color.nullable(), version: z.number().int() });
export type Department = z.infer<typeof Department>;

/** A whole map: stages and lanes in display order. */
export const Journey = JourneySummary.extend({
  stages: z.array(Stage),
  lanes: z.array(Lane),
  touchpoints: z.array(Touchpoint),
  flows: z.array(Flow),
});
export type Journey = z.infer<typeof Journey>;
