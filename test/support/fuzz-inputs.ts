/**
 * Inputs for the operation fuzz test, built by walking an operation's zod input schema. A
 * generated input is a recipe: it is turned into a value only when the operation is called,
 * so an id field can take an id that exists in the workspace at that moment (of the right
 * kind, of another kind, or one that was deleted), a made-up one, or junk.
 */
import fc from 'fast-check';
import type { z } from 'zod';

export type IdKind =
  | 'journey'
  | 'stage'
  | 'lane'
  | 'touchpoint'
  | 'flow'
  | 'department'
  | 'survey'
  | 'question'
  | 'round'
  | 'cause'
  | 'story'
  | 'action'
  | 'snapshot'
  | 'session'
  | 'job'
  | 'staging'
  | 'backup';

/** What a recipe is resolved against when its operation is called. */
export interface Ctx {
  /** Ids by kind: live ones and ones seen earlier that may be gone now. */
  ids: Record<IdKind, string[]>;
  /** The stored version of the record with this id, when it has one. */
  versionOf(id: string): number | undefined;
  /** A journey's map as stored now (rows as the contract names them), or null. */
  map(journeyId: string): { version: number; stages: Row[]; lanes: Row[]; touchpoints: Row[]; flows: Row[] } | null;
  /** A file path inside the run's folder. */
  path(name: string): string;
}

export type Recipe = (ctx: Ctx) => unknown;
type Row = Record<string, unknown> & { id: string };

const KEY_KINDS: Record<string, IdKind> = {
  journeyId: 'journey',
  touchpointId: 'touchpoint',
  touchpointIds: 'touchpoint',
  stageId: 'stage',
  stages: 'stage',
  stageOrder: 'stage',
  laneId: 'lane',
  lanes: 'lane',
  laneOrder: 'lane',
  touchpoints: 'touchpoint',
  sourceId: 'touchpoint',
  targetId: 'touchpoint',
  flows: 'flow',
  departmentId: 'department',
  surveyId: 'survey',
  roundId: 'round',
  beforeRoundId: 'round',
  afterRoundId: 'round',
  questionIds: 'question',
  removeAnswered: 'question',
  answers: 'question',
  ids: 'touchpoint',
  sessionId: 'session',
  jobId: 'job',
  stagingId: 'staging',
};

/** The kind of record an `id` field names in an operation. */
function idKindOfOp(op: string): IdKind {
  if (op === 'journeys.getSnapshot' || op === 'journeys.restoreSnapshot') return 'snapshot';
  if (op === 'painPoints.removeCause') return 'cause';
  if (op === 'painPoints.removeStory') return 'story';
  const prefix = op.split('.')[0]!;
  const byPrefix: Record<string, IdKind> = {
    journeys: 'journey',
    surveys: 'survey',
    rounds: 'round',
    actions: 'action',
    departments: 'department',
  };
  return byPrefix[prefix] ?? 'journey';
}

const ALL_KINDS = Object.keys({
  journey: 0, stage: 0, lane: 0, touchpoint: 0, flow: 0, department: 0, survey: 0, question: 0, round: 0,
  cause: 0, story: 0, action: 0, snapshot: 0, session: 0, job: 0, staging: 0, backup: 0,
} satisfies Record<IdKind, 0>) as IdKind[];

/** Awkward strings: empty, blank, very long, unicode, control characters, look-alike names. */
export const oddString = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', '　', 'a', 'Checkout', ' Checkout ', '结账', '👩‍👩‍👧', '\u0000', '\u202e', '%s', '../x', 'null', 'NaN', '-1', '1e309'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 180, max: 12_000 }).map((n) => 'x'.repeat(n)),
);

/** Numbers at and beyond the edges: zero, negative, huge, fractional, not finite. */
const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, -0.5, 1.5, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity),
  fc.double(),
);

function idRecipe(kind: IdKind | null): fc.Arbitrary<Recipe> {
  return fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(), oddString).map(([mode, n, s]) => (ctx: Ctx) => {
    const own = kind ? ctx.ids[kind] : [];
    if (mode <= 5 && own.length > 0) return own[n % own.length];
    if (mode <= 7) {
      const other = ctx.ids[ALL_KINDS[n % ALL_KINDS.length]!];
      if (other.length > 0) return other[n % other.length];
    }
    if (mode === 8) return `${kind ?? 'x'}-${n}`;
    return s;
  });
}

function versionRecipe(): fc.Arbitrary<Recipe> {
  // Resolved by the object holding it, from its id (see objectRecipe).
  return fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: -2, max: 100 })).map(([mode, n]) => {
    const r: Recipe = () => n;
    (r as Recipe & { version?: number }).version = mode <= 5 ? 0 : mode <= 7 ? -1 : mode === 8 ? 1 : undefined;
    return r;
  });
}

const constant = (v: unknown): Recipe => () => v;
const junk = fc.anything({ maxDepth: 2 }).map(constant);

interface Walk {
  op: string;
  key: string;
  depth: number;
  /** Only values the schema accepts (ids aside); otherwise now and then junk or a value just outside. */
  strict: boolean;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (s: z.ZodType): Record<string, unknown> => (s as unknown as { _zod: { bag?: Record<string, unknown> } })._zod.bag ?? {};

/** A recipe for a value of this schema, most often valid, sometimes just outside it. */
export function recipeOf(schema: z.ZodType, w: Walk): fc.Arbitrary<Recipe> {
  const valid = validRecipe(schema, w);
  return w.strict ? valid : fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: junk });
}

function validRecipe(schema: z.ZodType, w: Walk): fc.Arbitrary<Recipe> {
  const def = defOf(schema);
  const inner = (s: unknown, key = w.key) => recipeOf(s as z.ZodType, { ...w, key, depth: w.depth + 1 });
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof({ weight: 1, arbitrary: fc.constant<Recipe>(() => undefined) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant<Recipe>(constant(null)) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'readonly':
    case 'catch':
      return validRecipe(def.innerType as z.ZodType, w);
    case 'pipe':
      return validRecipe(def.in as z.ZodType, w);
    case 'lazy':
      return validRecipe((def.getter as () => z.ZodType)(), w);
    case 'string':
      return stringRecipe(schema, w);
    case 'number':
      return numberRecipe(schema, w);
    case 'boolean':
      return fc.boolean().map(constant);
    case 'null':
      return fc.constant(constant(null));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[])).map(constant);
    case 'enum':
      if (w.strict) return fc.constantFrom(...Object.values(def.entries as object)).map(constant);
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...Object.values(def.entries as object)).map(constant) }, { weight: 1, arbitrary: oddString.map(constant) });
    case 'array': {
      const bag = bagOf(schema);
      const min = typeof bag.minimum === 'number' ? bag.minimum : 0;
      const el = inner(def.element);
      return fc
        .array(el, { minLength: Math.min(min, 3), maxLength: Math.max(min, 6) })
        .chain((items) => (items.length > 1 ? fc.oneof(fc.constant(items), fc.constant([...items, items[0]!])) : fc.constant(items)))
        .map((items) => (ctx: Ctx) => items.map((r) => r(ctx)));
    }
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((s) => inner(s))).map((items) => (ctx: Ctx) => items.map((r) => r(ctx)));
    case 'record': {
      const entry = fc.tuple(inner(def.keyType), inner(def.valueType));
      return fc.array(entry, { maxLength: 4 }).map((es) => (ctx: Ctx) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of es) out[String(k(ctx))] = v(ctx);
        return out;
      });
    }
    case 'union': {
      const options = (def.options as z.ZodType[]).map((s) => validRecipe(s, w));
      return fc.oneof(...options);
    }
    case 'object':
      return objectRecipe(schema, w);
    default:
      return junk;
  }
}

function objectRecipe(schema: z.ZodType, w: Walk): fc.Arbitrary<Recipe> {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  const fields: Record<string, fc.Arbitrary<Recipe>> = {};
  for (const [key, s] of Object.entries(shape)) {
    fields[key] = key === 'baseVersion' ? fc.oneof({ weight: 6, arbitrary: versionRecipe() }, { weight: 1, arbitrary: recipeOf(s, { ...w, key, depth: w.depth + 1 }) }) : recipeOf(s, { ...w, key, depth: w.depth + 1 });
  }
  // Records inside the map changes take their id kind from the list holding them.
  const extraKey = w.strict ? fc.constant(null) : fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(oddString, junk) });
  return fc.tuple(fc.record(fields), extraKey).map(([rs, extra]) => (ctx: Ctx) => {
    const out: Record<string, unknown> = {};
    for (const [k, r] of Object.entries(rs)) {
      const v = (r as Recipe & { version?: number }).version === undefined ? r(ctx) : undefined;
      if (v !== undefined) out[k] = v;
    }
    for (const [k, r] of Object.entries(rs)) {
      const offset = (r as Recipe & { version?: number }).version;
      if (offset === undefined) continue;
      const target = [out.id, out.surveyId, out.journeyId, out.touchpointId].find((x) => typeof x === 'string') as string | undefined;
      // Without an id, the version guards the workspace's stored pain-point rules.
      const current = ctx.versionOf(target ?? 'settings:painRules');
      out[k] = current === undefined ? r(ctx) : current + offset;
    }
    if (extra) out[extra[0] || 'extra'] = extra[1](ctx);
    return out;
  });
}

function stringRecipe(schema: z.ZodType, w: Walk): fc.Arbitrary<Recipe> {
  const s = schema as unknown as { minLength: number | null; maxLength: number | null };
  const patterns = bagOf(schema).patterns as Set<RegExp> | undefined;
  if (s.minLength === 1 && s.maxLength === 64) {
    const kind = w.key === 'id' ? idKindOfOp(w.op) : (KEY_KINDS[w.key] ?? null);
    return idRecipe(kind);
  }
  if (w.key === 'path') return fc.constantFrom('a.jaudit', 'w.jaudit', 'new.jaudit', '结账.jaudit', ' ', 'sub/x.jaudit', 'w.jaudit/x').map((n) => (ctx: Ctx) => ctx.path(n));
  if (w.key === 'name' && w.op === 'backups.restore') return fc.oneof(idRecipe('backup'), oddString.map(constant));
  const max = s.maxLength ?? 300;
  const min = s.minLength ?? 0;
  if (patterns && patterns.size > 0) {
    const matching = fc.stringMatching([...patterns][0]!);
    return (w.strict ? matching : fc.oneof({ weight: 5, arbitrary: matching }, { weight: 1, arbitrary: oddString })).map(constant);
  }
  const fits = (x: string) => x.length <= max && x.trim().length >= min;
  const fitting = fc.string({ minLength: min, maxLength: Math.min(max, 40) }).filter(fits);
  if (w.key === 'template') return fc.oneof(fc.constantFrom('customer-experience', 'engagement', 'employee-experience', 'service', 'phone', 'parts', 'blank'), oddString).map(constant);
  const named = fc.constantFrom('Checkout', 'Onboarding', 'Service desk', '结账', 'Before', 'After', 'Q1', ' Checkout ', '👩‍👩‍👧 journey');
  const odd = w.strict ? oddString.filter(fits) : oddString;
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 3, arbitrary: named }, { weight: 3, arbitrary: odd }).map(constant);
}

function numberRecipe(schema: z.ZodType, w: Walk): fc.Arbitrary<Recipe> {
  const s = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const lo = Math.max(s.minValue ?? -1000, -1e6);
  const hi = Math.min(s.maxValue ?? 1000, 1e6);
  // gt / lt: a bound the value must stay strictly inside.
  const checks = (defOf(schema).checks ?? []) as { _zod: { def: { inclusive?: boolean } } }[];
  const open = checks.some((c) => c._zod.def.inclusive === false);
  const fitting = s.isInt ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true, minExcluded: open, maxExcluded: open });
  // A position, count or rating is mostly small.
  const small = fc.integer({ min: -2, max: w.key === 'position' ? 20 : 8 });
  const inRange = (x: number) => (open ? x > lo && x < hi : x >= lo && x <= hi) && (!s.isInt || Number.isInteger(x));
  const edges = fc.constantFrom(lo, hi, 0, 1, -1, 0.5, 2 ** 31).filter(inRange);
  if (w.strict && open) return fitting.map(constant);
  if (w.strict) return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 3, arbitrary: small.filter(inRange) }, { weight: 1, arbitrary: edges }).map(constant);
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 3, arbitrary: small }, { weight: 2, arbitrary: oddNumber }).map(constant);
}

/** Raw junk for an operation, with the few values that would reach outside the test kept in. */
export const rawJunk = fc.oneof(fc.anything(), fc.object(), fc.jsonValue());

/**
 * `journeys.applyChanges` as the editor might send it, and as it should not: real records of
 * the journey edited, moved to stages and lanes of this or another journey, deleted while
 * still used, orders with ids missing, repeated or foreign, at the current or a stale version.
 */
export const mapEdit: fc.Arbitrary<Recipe> = fc
  .record({
    journey: fc.nat(),
    version: fc.constantFrom(0, 0, 0, -1, 1),
    edits: fc.array(fc.tuple(fc.constantFrom('move', 'retitle', 'rate', 'delete-stage', 'delete-lane', 'delete-tp', 'new-tp', 'new-stage', 'flow', 'self-flow'), fc.nat(), fc.nat(), oddString), { maxLength: 5 }),
    order: fc.constantFrom('none', 'same', 'reversed', 'missing', 'repeated', 'foreign'),
  })
  .map(({ journey, version, edits, order }) => (ctx: Ctx) => {
    const ids = ctx.ids.journey;
    const id = ids[journey % Math.max(ids.length, 1)] ?? 'none';
    const map = ctx.map(id);
    if (!map) return { id, baseVersion: 1, changes: emptyChanges() };
    const other = ctx.map(ids[(journey + 1) % ids.length]!) ?? map;
    const changes = emptyChanges();
    const pick = <T>(list: T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
    const stages = [...map.stages, ...other.stages];
    const lanes = [...map.lanes, ...other.lanes];
    for (const [kind, a, b, text] of edits) {
      const tp = pick(map.touchpoints, a);
      if (kind === 'move' && tp) changes.touchpoints.upsert.push({ ...tp, stageId: pick(stages, b)!.id, laneId: pick(lanes, b + a)!.id, position: b % 3 === 0 ? -1 : b });
      if (kind === 'retitle' && tp) changes.touchpoints.upsert.push({ ...tp, title: text });
      if (kind === 'rate' && tp) changes.touchpoints.upsert.push({ ...tp, need: (b % 7) - 1 || null, transfers: b % 120 });
      if (kind === 'delete-stage' && map.stages.length) changes.stages.delete.push(pick(map.stages, b)!.id);
      if (kind === 'delete-lane' && map.lanes.length) changes.lanes.delete.push(pick(map.lanes, b)!.id);
      if (kind === 'delete-tp' && tp) changes.touchpoints.delete.push(tp.id);
      if (kind === 'new-tp' && stages.length && lanes.length)
        changes.touchpoints.upsert.push({ ...(tp ?? {}), id: `tp-${a}`, stageId: pick(stages, b)!.id, laneId: pick(lanes, a)!.id, title: text.trim() || 'New', channel: 'phone', description: '', quote: '', owner: '', need: null, convenience: null, emotion: null, transfers: 0, position: 0 });
      if (kind === 'new-stage') changes.stages.upsert.push({ id: `st-${a}`, name: text.trim() || 'Stage', color: null });
      if (kind === 'flow' && map.touchpoints.length > 1) changes.flows.upsert.push({ id: `fl-${a}`, sourceId: pick(map.touchpoints, a)!.id, targetId: pick([...map.touchpoints, ...other.touchpoints], b)!.id, label: '' });
      if (kind === 'self-flow' && tp) changes.flows.upsert.push({ id: `fl-${a}`, sourceId: tp.id, targetId: tp.id, label: '' });
    }
    const own = [...map.stages.map((s) => s.id), ...changes.stages.upsert.map((s) => String(s.id))].filter((s) => !changes.stages.delete.includes(s));
    const orders: Record<string, string[] | null> = {
      none: null,
      same: own,
      reversed: [...own].reverse(),
      missing: own.slice(1),
      repeated: [...own, own[0] ?? 'x'],
      foreign: [...own, other.stages[0]?.id ?? 'x'],
    };
    changes.stageOrder = orders[order]!;
    return { id, baseVersion: map.version + version, changes };
  });

function emptyChanges() {
  const part = () => ({ upsert: [] as Record<string, unknown>[], delete: [] as string[] });
  return { stages: part(), lanes: part(), touchpoints: part(), flows: part(), stageOrder: null as string[] | null, laneOrder: null as string[] | null };
}
