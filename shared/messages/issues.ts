/**
 * Validation issues as they cross the contract: a code of our own plus parameters, mapped from
 * zod's issue codes, so the renderer and the CLI word them in the user's language. A schema's
 * own check (`ctx.addIssue({ code: 'custom', params: { code, … } })`) names its message code
 * in `params.code`.
 */
import type { z } from 'zod';
import type { ErrorIssue } from '../errors';
import type { MessageParams } from './format';

/** Every issue code the mapper produces; the catalogue test walks this list. */
export const ISSUE_CODES = [
  'issue.required',
  'issue.invalid_type',
  'issue.too_small_string',
  'issue.empty',
  'issue.too_small_number',
  'issue.too_small_number_exclusive',
  'issue.too_small_array',
  'issue.too_big_string',
  'issue.too_big_number',
  'issue.too_big_number_exclusive',
  'issue.too_big_array',
  'issue.not_integer',
  'issue.invalid_format',
  'issue.not_multiple_of',
  'issue.unrecognized_keys',
  'issue.invalid_value',
  'issue.invalid_union',
  'issue.invalid_key',
  'issue.invalid_element',
  'issue.custom',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** The kinds of value an `invalid_type` issue expects, each worded by `issue.type.<kind>`. */
export const VALUE_KINDS = ['string', 'number', 'boolean', 'array', 'object', 'null', 'other'] as const;

const kindOf = (expected: string) => ((VALUE_KINDS as readonly string[]).includes(expected) ? expected : expected === 'int' ? 'number' : 'other');
const sizeOrigin = (origin: string) => (origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number');

/** A missing value: only known when the schema was parsed with `{ reportInput: true }`. */
const isMissing = (i: z.core.$ZodIssue) => 'input' in i && i.input === undefined;

function codeAndParams(i: z.core.$ZodIssue): { code: string; params?: MessageParams } {
  if ((i.code === 'invalid_type' || i.code === 'invalid_value') && isMissing(i)) return { code: 'issue.required' };
  switch (i.code) {
    case 'invalid_type':
      if (i.expected === 'int') return { code: 'issue.not_integer' };
      return { code: 'issue.invalid_type', params: { expected: kindOf(i.expected) } };
    case 'too_small': {
      const origin = sizeOrigin(i.origin);
      if (origin === 'string' && Number(i.minimum) === 1) return { code: 'issue.empty' };
      const exclusive = origin === 'number' && i.inclusive === false ? '_exclusive' : '';
      return { code: `issue.too_small_${origin}${exclusive}`, params: { minimum: Number(i.minimum) } };
    }
    case 'too_big': {
      const origin = sizeOrigin(i.origin);
      const exclusive = origin === 'number' && i.inclusive === false ? '_exclusive' : '';
      return { code: `issue.too_big_${origin}${exclusive}`, params: { maximum: Number(i.maximum) } };
    }
    case 'invalid_format':
      return { code: 'issue.invalid_format', params: { format: i.format } };
    case 'not_multiple_of':
      return Number(i.divisor) === 1 ? { code: 'issue.not_integer' } : { code: 'issue.not_multiple_of', params: { divisor: Number(i.divisor) } };
    case 'unrecognized_keys':
      return { code: 'issue.unrecognized_keys', params: { keys: i.keys.join(', ') } };
    case 'invalid_value':
      return { code: 'issue.invalid_value', params: { values: i.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { code: `issue.${i.code}` };
    case 'custom': {
      const { code, ...params } = (i.params ?? {}) as Record<string, string | number>;
      return typeof code === 'string' ? { code, params } : { code: 'issue.custom' };
    }
  }
}

/**
 * One zod issue as it crosses the contract: path, our code and parameters, English fallback.
 * Parse with `{ reportInput: true }` so a missing value is told from a wrong one.
 */
export function toErrorIssue(i: z.core.$ZodIssue): ErrorIssue {
  const { code, params } = codeAndParams(i);
  return { path: i.path.map(String).join('.'), code, ...(params && Object.keys(params).length ? { params } : {}), message: i.message };
}
