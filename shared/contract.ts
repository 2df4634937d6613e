/**
 * The registry of every backend operation: each feature's map (shared/ops/<feature>.ts)
 * merged into one. The renderer client, the preload bridge, the IPC and HTTP transports and
 * the backend's handlers are all typed from it. A new operation is one entry in its feature's
 * map and one handler beside the feature's others; a new feature is one more map below.
 */
import type { z } from 'zod';
import { backupOps } from './ops/backups';
import { compareOps } from './ops/compare';
import { departmentOps } from './ops/departments';
import { importOps } from './ops/import';
import { journeyOps } from './ops/journeys';
import { type DuplicateKeys, type HandlersOf, mergeOps } from './ops/op';
import { painPointOps } from './ops/painpoints';
import { reportOps } from './ops/reports';
import { surveyOps } from './ops/surveys';
import { workshopOps } from './ops/workshop';
import { workspaceOps } from './ops/workspace';

export const features = [
  workspaceOps,
  backupOps,
  journeyOps,
  departmentOps,
  surveyOps,
  importOps,
  compareOps,
  reportOps,
  painPointOps,
  workshopOps,
] as const;

/** An operation two features define is a type error that names it (and `mergeOps` refuses it at load). */
export const operationNamesAreUnique: [DuplicateKeys<typeof features>] extends [never] ? true : { definedTwice: DuplicateKeys<typeof features> } = true;

export const contract = mergeOps(features);

export type Contract = typeof contract;
export type OperationName = keyof Contract & string;
export type OpInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OperationName> = z.output<Contract[K]['output']>;

/** The renderer's view of the backend: one async function per operation. */
export type Api = { [K in OperationName]: (input: OpInput<K>) => Promise<OpOutput<K>> };

/** What a backend implements: one function per operation, given validated input. */
export type Handlers = HandlersOf<Contract>;
