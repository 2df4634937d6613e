/**
 * Journeys: the list, one journey's map, its metadata, the editor's changes, map files, and
 * saved versions (snapshots) compared with each other or with the journey as it is now.
 */
import { z } from 'zod';
import { Id, Journey, JourneyMeta, JourneySummary } from '../domain/journey';
import { MapChanges } from '../domain/map/changes';
import { MapFile } from '../domain/map/format';
import { Empty, op, type OpMap } from './op';

export const JourneyVersion = z.object({ id: Id, version: z.number().int(), updatedAt: z.string(), deleted: z.boolean() });
export type JourneyVersion = z.infer<typeof JourneyVersion>;

export const JourneySnapshot = z.object({
  id: Id,
  journeyId: Id,
  name: z.string(),
  createdAt: z.string(),
  touchpoints: z.number().int(),
});
export type JourneySnapshot = z.infer<typeof JourneySnapshot>;

/** A version of a journey: a saved snapshot, or the journey as it is now. */
export const VersionRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), id: Id }),
  z.object({ kind: z.literal('current'), journeyId: Id }),
]);
export type VersionRef = z.infer<typeof VersionRef>;

const TouchpointState = z.object({
  need: z.number().nullable(),
  convenience: z.number().nullable(),
  emotion: z.number().nullable(),
  transfers: z.number().int(),
  stage: z.string(),
  lane: z.string(),
});

const MapTotals = z.object({
  /** The snapshot's name; empty for the journey as it is now. */
  label: z.string(),
  touchpoints: z.number().int(),
  transfers: z.number().int(),
  /** 0.9^transfers, an upper bound. */
  loyaltyKept: z.number(),
  need: z.number().nullable(),
  convenience: z.number().nullable(),
  emotion: z.number().nullable(),
  painPoints: z.number().int(),
});

export const MapComparison = z.object({
  journeyId: Id,
  journeyName: z.string(),
  before: MapTotals,
  after: MapTotals,
  touchpoints: z.array(
    z.object({
      id: Id,
      title: z.string(),
      status: z.enum(['added', 'removed', 'changed', 'same']),
      before: TouchpointState.nullable(),
      after: TouchpointState.nullable(),
    }),
  ),
});
export type MapComparison = z.infer<typeof MapComparison>;

export const journeyOps = {
  'journeys.list': op(Empty, z.array(JourneySummary)),
  'journeys.get': op(z.object({ id: Id }).strict(), Journey),
  'journeys.create': op(
    JourneyMeta.partial({ persona: true, customerTier: true, description: true, scene: true })
      .extend({ template: z.string().max(64).optional() })
      .strict(),
    JourneySummary,
  ),
  'journeys.update': op(z.object({ id: Id, patch: JourneyMeta.partial().strict() }).strict(), JourneySummary),
  'journeys.duplicate': op(z.object({ id: Id, name: z.string().trim().min(1).max(200).optional() }).strict(), JourneySummary),
  'journeys.delete': op(z.object({ id: Id }).strict(), z.object({ id: Id })),
  'journeys.restore': op(z.object({ id: Id }).strict(), JourneySummary),
  /** Writes the editor's changes in one transaction if the journey is still at `baseVersion`. */
  'journeys.applyChanges': op(z.object({ id: Id, baseVersion: z.number().int(), changes: MapChanges }).strict(), JourneyVersion),
  'journeys.version': op(z.object({ id: Id }).strict(), JourneyVersion),
  'journeys.importMap': op(z.object({ map: MapFile }).strict(), JourneySummary),
  'journeys.snapshots': op(z.object({ journeyId: Id }).strict(), z.array(JourneySnapshot)),
  'journeys.snapshot': op(z.object({ journeyId: Id, name: z.string().trim().min(1).max(200) }).strict(), JourneySnapshot),
  /** The journey as it was saved in a snapshot (read-only). */
  'journeys.getSnapshot': op(z.object({ id: Id }).strict(), Journey),
  /** A new journey made from a snapshot, named "<journey> (<snapshot>)" unless a name is given. */
  'journeys.restoreSnapshot': op(z.object({ id: Id, name: z.string().trim().min(1).max(200).optional() }).strict(), JourneySummary),
  'journeys.compareVersions': op(z.object({ before: VersionRef, after: VersionRef }).strict(), MapComparison),
} satisfies OpMap;
