/**
 * The one operation map: every operation's name, input schema and output schema.
 * The renderer client, the preload bridge, the IPC handlers and the HTTP transport
 * are all typed from this object; a new operation is one entry here and one handler.
 */
import { z } from 'zod';
import { Department, Id, Journey, JourneyMeta, JourneySummary } from './domain/journey';
import { MapChanges } from './domain/map/changes';
import { MapFile } from './domain/map/format';
import type { OperationName } from './operations';
import { backupOps } from './ops/backups';
import { compareOps } from './ops/compare';
import { painPointOps } from './ops/painpoints';
import { surveyOps } from './ops/surveys';
import { workshopOps } from './ops/workshop';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const Empty = z.object({}).strict();
const FilePath = z.string().trim().min(1).max(4096);

export const WorkspaceStatus = z.object({
  /** Absolute path of the open workspace, or null when none could be opened. */
  path: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  /** The file (a read-only file or drive) opened for reading only: every change is refused. */
  readOnly: z.boolean(),
  /** Why the last open failed, when it did. */
  error: z
    .object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['desktop', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const JourneyVersion = z.object({ id: Id, version: z.number().int(), updatedAt: z.string(), deleted: z.boolean() });
export type JourneyVersion = z.infer<typeof JourneyVersion>;

export const contract = {
  'app.info': op(Empty, AppInfo),
  'workspace.status': op(Empty, WorkspaceStatus),
  'workspace.open': op(z.object({ path: FilePath }).strict(), WorkspaceStatus),
  'workspace.create': op(
    z.object({ path: FilePath, sample: z.boolean().default(false), lang: z.enum(['zh-CN', 'en']).default('en') }).strict(),
    WorkspaceStatus,
  ),
  'workspace.saveCopy': op(z.object({ path: FilePath }).strict(), z.object({ path: z.string(), bytes: z.number().int() })),
  'workspace.recent': op(Empty, z.array(z.string())),
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
  'departments.list': op(Empty, z.array(Department)),
  'departments.create': op(z.object({ name: z.string().trim().min(1).max(200), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable() }).strict(), Department),
  ...surveyOps,
  ...compareOps,
  ...painPointOps,
  ...backupOps,
  ...workshopOps,
} satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type OpInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OperationName> = z.output<Contract[K]['output']>;

/** The renderer's view of the backend: one async function per operation. */
export type Api = { [K in OperationName]: (input: OpInput<K>) => Promise<OpOutput<K>> };

/** What a backend implements: one function per operation, given validated input. */
export type Handlers = { [K in OperationName]: (input: OpParsedInput<K>) => OpOutput<K> | Promise<OpOutput<K>> };

/** Every key of the contract must be a known operation name and vice versa. */
type _Exhaustive = OperationName extends keyof Contract ? (keyof Contract extends OperationName ? true : never) : never;
export const contractIsExhaustive: _Exhaustive = true;
