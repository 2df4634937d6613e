/**
 * A journey map as the editor holds it, and the changes between two versions of it.
 * The editor saves by sending only what changed since the last save; records are
 * immutable, so an unchanged record is the same object and the diff is one pass.
 */
import { z } from 'zod';
import { Flow, Id, Lane, Stage, Touchpoint } from '../journey';

export interface MapDoc {
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly touchpoints: readonly Touchpoint[];
  readonly flows: readonly Flow[];
}

const part = <T extends z.ZodType>(record: T) =>
  z.object({ upsert: z.array(record).max(20_000), delete: z.array(Id).max(20_000) }).strict();

export const MapChanges = z
  .object({
    stages: part(Stage),
    lanes: part(Lane),
    touchpoints: part(Touchpoint),
    flows: part(Flow),
    /** The full stage order when it changed (or a stage was added or removed), else null. */
    stageOrder: z.array(Id).max(1000).nullable(),
    laneOrder: z.array(Id).max(1000).nullable(),
  })
  .strict();
export type MapChanges = z.infer<typeof MapChanges>;

type Keyed = { readonly id: string };

function diffList<T extends Keyed>(before: readonly T[], after: readonly T[]): { upsert: T[]; delete: string[] } {
  const old = new Map(before.map((r) => [r.id, r]));
  const upsert: T[] = [];
  for (const r of after) {
    const prev = old.get(r.id);
    if (prev !== r && (prev === undefined || !shallowEqual(prev, r))) upsert.push(r);
    old.delete(r.id);
  }
  return { upsert, delete: [...old.keys()] };
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function orderChanged(before: readonly Keyed[], after: readonly Keyed[]): string[] | null {
  const same = before.length === after.length && before.every((r, i) => r.id === after[i]!.id);
  return same ? null : after.map((r) => r.id);
}

/** What must be written to turn `before` into `after`. */
export function diffDocs(before: MapDoc, after: MapDoc): MapChanges {
  return {
    stages: diffList(before.stages, after.stages),
    lanes: diffList(before.lanes, after.lanes),
    touchpoints: diffList(before.touchpoints, after.touchpoints),
    flows: diffList(before.flows, after.flows),
    stageOrder: orderChanged(before.stages, after.stages),
    laneOrder: orderChanged(before.lanes, after.lanes),
  };
}

export function isEmptyChanges(c: MapChanges): boolean {
  return (
    c.stageOrder === null &&
    c.laneOrder === null &&
    [c.stages, c.lanes, c.touchpoints, c.flows].every((p) => p.upsert.length === 0 && p.delete.length === 0)
  );
}

/** Number of records touched, for progress and logs. */
export const changeCount = (c: MapChanges): number =>
  [c.stages, c.lanes, c.touchpoints, c.flows].reduce((n, p) => n + p.upsert.length + p.delete.length, 0);
