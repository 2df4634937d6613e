/**
 * The building blocks of the contract: an operation is an input schema and an output schema;
 * each feature keeps its operations in one map (shared/ops/<feature>.ts), and the registry
 * (shared/contract.ts) merges the maps. A handler map is typed from its feature's map.
 */
import { z } from 'zod';

export interface OpSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** A feature's operations by name. */
export type OpMap = Record<string, OpSpec>;

export const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The input of an operation that takes nothing. */
export const Empty = z.object({}).strict();

/** What implements a map of operations: one function per operation, given validated input. */
export type HandlersOf<M extends OpMap> = {
  [K in keyof M]: (input: z.output<M[K]['input']>) => z.output<M[K]['output']> | Promise<z.output<M[K]['output']>>;
};

/** Names that more than one of the maps defines (never when they are all distinct). */
export type DuplicateKeys<T extends readonly unknown[], Seen extends PropertyKey = never> = T extends readonly [infer H, ...infer R]
  ? Extract<keyof H, Seen> | DuplicateKeys<R, Seen | keyof H>
  : never;

type Merged<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R] ? H & Merged<R> : unknown;
type Flat<T> = { [K in keyof T]: T[K] };

/** One map holding every map's operations; a name defined twice is refused. */
export function mergeOps<const T extends readonly OpMap[]>(maps: T): Flat<Merged<T>> {
  const all: Record<string, OpSpec> = {};
  for (const map of maps) {
    for (const [name, spec] of Object.entries(map)) {
      if (Object.hasOwn(all, name)) throw new Error(`Operation ${name} is defined twice`);
      all[name] = spec;
    }
  }
  return all as Flat<Merged<T>>;
}

/** The version of the record the client read, sent back with a change to it. */
export const BaseVersion = z.number().int().min(0);
