/**
 * Row shapes as stored, and their mapping to the contract's records.
 */
import type { CustomerTier, Flow, JourneySummary, Lane, Scene, Stage, Touchpoint } from '../../../shared/domain/journey';

export interface JourneyRow {
  id: string;
  name: string;
  scene: string;
  persona: string;
  customer_tier: string | null;
  description: string;
  created_at: string;
  updated_at: string;
  version: number;
  touchpoint_count: number;
  total_transfers: number;
}

export const toSummary = (r: JourneyRow): JourneySummary => ({
  id: r.id,
  name: r.name,
  scene: r.scene as Scene,
  persona: r.persona,
  customerTier: r.customer_tier as CustomerTier | null,
  description: r.description,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  touchpointCount: r.touchpoint_count,
  totalTransfers: r.total_transfers,
});

export interface StageRow {
  id: string;
  name: string;
  color: string | null;
}
export const toStage = (r: StageRow): Stage => ({ id: r.id, name: r.name, color: r.color });

export interface LaneRow {
  id: string;
  name: string;
  kind: string;
  department_id: string | null;
  color: string | null;
}
export const toLane = (r: LaneRow): Lane => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Lane['kind'],
  departmentId: r.department_id,
  color: r.color,
});

export interface TouchpointRow {
  id: string;
  stage_id: string;
  lane_id: string;
  title: string;
  channel: string;
  description: string;
  quote: string;
  owner: string;
  need: number | null;
  convenience: number | null;
  emotion: number | null;
  transfers: number;
  position: number;
}
export const toTouchpoint = (r: TouchpointRow): Touchpoint => ({
  id: r.id,
  stageId: r.stage_id,
  laneId: r.lane_id,
  title: r.title,
  channel: r.channel as Touchpoint['channel'],
  description: r.description,
  quote: r.quote,
  owner: r.owner,
  need: r.need,
  convenience: r.convenience,
  emotion: r.emotion,
  transfers: r.transfers,
  position: r.position,
});

export interface FlowRow {
  id: string;
  source_id: string;
  target_id: string;
  label: string;
}
export const toFlow = (r: FlowRow): Flow => ({ id: r.id, sourceId: r.source_id, targetId: r.target_id, label: r.label });
