/**
 * Typed errors that cross the contract. The renderer and the CLI word them from the message
 * catalogues (`shared/messages`): by `messageCode` when the error has a specific message, else
 * by its `code`, filling in `params`; each validation issue likewise by its own code.
 * `message` is a plain English fallback for logs.
 */
import type { MessageParams } from './messages/format';

export const ERROR_CODES = [
  'validation',
  'unknown_operation',
  'not_found',
  'conflict',
  'no_workspace',
  'workspace_missing',
  'workspace_exists',
  'workspace_not_sqlite',
  'workspace_empty',
  'workspace_foreign',
  'workspace_newer',
  'workspace_corrupt',
  'workspace_locked',
  'workspace_readonly',
  'workspace_full',
  'workspace_io',
  'unauthorized',
  'workshop_full',
  'workshop_locked',
  'workshop_hidden',
  'workshop_address',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field-level problem of a `validation` error: where (dotted path), what (code + params). */
export interface ErrorIssue {
  path: string;
  /** A message code of the catalogues (an issue code such as `issue.too_big`, or a specific one). */
  code?: string;
  params?: MessageParams;
  /** English fallback. */
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** The specific message, a code of the message catalogues; without it the error is worded by `code`. */
  messageCode?: string;
  params?: Record<string, string | number>;
  /** Field-level problems for `validation`. */
  issues?: ErrorIssue[];
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly messageCode?: string;
  readonly params?: Record<string, string | number>;
  readonly issues?: ErrorIssue[];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.code = data.code;
    this.messageCode = data.messageCode;
    this.params = data.params;
    this.issues = data.issues;
  }

  toJSON(): AppErrorData {
    return { code: this.code, message: this.message, messageCode: this.messageCode, params: this.params, issues: this.issues };
  }
}

export function isAppErrorData(v: unknown): v is AppErrorData {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AppErrorData).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((v as AppErrorData).code) &&
    typeof (v as AppErrorData).message === 'string'
  );
}

/** What every transport returns: a value or a typed error, never a thrown string. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
