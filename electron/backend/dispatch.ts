/**
 * The single entry every transport goes through: look the operation up, validate its
 * input with the contract's schema, run the handler, and wrap the result or a typed error.
 */
import { contract, type Handlers, type OperationName } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { toErrorIssue } from '../../shared/messages/issues';

export const isOperationName = (name: string): name is OperationName => Object.hasOwn(contract, name);

/** Operations of the registry that none of the handler maps implements. */
export type MissingHandlers<P extends readonly unknown[]> = Exclude<OperationName, P[number] extends infer U ? (U extends unknown ? keyof U : never) : never>;

/**
 * Merges per-feature handler maps, refusing a name defined twice or one left out. An
 * operation of the registry without a handler is a type error here (the result is then not
 * `Handlers` but names what is missing) and an error at start-up.
 */
export function combineHandlers<const P extends readonly Partial<Handlers>[]>(
  ...parts: P
): [MissingHandlers<P>] extends [never] ? Handlers : { missingHandlers: MissingHandlers<P> } {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(all, name)) throw new Error(`Operation ${name} has two handlers`);
      if (!isOperationName(name)) throw new Error(`Handler for an operation the contract does not have: ${name}`);
      all[name] = handler;
    }
  }
  const missing = Object.keys(contract).filter((n) => !Object.hasOwn(all, n));
  if (missing.length > 0) throw new Error(`Operations without a handler: ${missing.join(', ')}`);
  return all as never;
}

export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation: ${name}`, params: { name } } };
  }
  const parsed = contract[name].input.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.map(toErrorIssue);
    return {
      ok: false,
      error: {
        code: 'validation',
        message: `Invalid input for ${name}: ${issues.map((i) => `${i.path || '(input)'} ${i.message}`).join('; ')}`,
        params: { name },
        issues,
      },
    };
  }
  try {
    const run = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}
