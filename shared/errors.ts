/**
 * Typed errors that cross the contract. The UI translates them by `code`, filling
 * in `params`; `message` is a plain English fallback for logs and the CLI.
 */
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
  'unauthorized',
  'workshop_full',
  'workshop_locked',
  'workshop_hidden',
  'workshop_address',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  /** Field-level problems for `validation`: dotted path and message. */
  issues?: { path: string; message: string }[];
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
  readonly issues?: { path: string; message: string }[];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.code = data.code;
    this.params = data.params;
    this.issues = data.issues;
  }

  toJSON(): AppErrorData {
    return { code: this.code, message: this.message, params: this.params, issues: this.issues };
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
