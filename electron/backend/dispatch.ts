/**
 * The single entry every transport goes through: look the operation up, validate its
 * input with the contract's schema, run the handler, and wrap the result or a typed error.
 */
import { contract, type Handlers } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { toErrorIssue } from '../../shared/messages/issues';
import { OPERATION_NAMES, type OperationName } from '../../shared/operations';

const known = new Set<string>(OPERATION_NAMES);
export const isOperationName = (name: string): name is OperationName => known.has(name);

/** Merges per-feature handler maps, refusing a name defined twice or one left out. */
export function combineHandlers(...parts: Partial<Handlers>[]): Handlers {
  const all: Partial<Handlers> = {};
  for (const part of parts) {
    for (const name of Object.keys(part) as OperationName[]) {
      if (name in all) throw new Error(`Operation ${name} has two handlers`);
      (all as Record<string, unknown>)[name] = part[name];
    }
  }
  const missing = OPERATION_NAMES.filter((n) => !(n in all));
  if (missing.length > 0) throw new Error(`Operations without a handler: ${missing.join(', ')}`);
  return all as Handlers;
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
