/**
 * Words a backend error in one language — the same for the renderer and the CLI: the specific
 * message when the error names one (`messageCode`), else the general wording of its code, with
 * each validation issue worded by its own code.
 */
import type { AppErrorData, ErrorIssue } from '../errors';
import { isKnownMessage, messageText, type MessageLang } from './catalog';
import type { MessageParams } from './format';
import { placeText } from './place';

/** Parameters that are themselves codes, worded before they are filled in (`expected: 'number'` → "a number"). */
const WORDED_PARAMS: Readonly<Record<string, string>> = { expected: 'issue.type.', what: 'map.what.', record: 'record.kind.' };

function wordParams(lang: MessageLang, params: MessageParams = {}): MessageParams {
  const out: MessageParams = { ...params };
  for (const [name, prefix] of Object.entries(WORDED_PARAMS)) {
    const v = params[name];
    if (typeof v === 'string' && isKnownMessage(prefix + v)) out[name] = messageText(lang, prefix + v);
  }
  if (typeof params.file === 'string' && params.at === undefined) out.at = placeText(lang, params);
  return out;
}

/** A catalogue message with its code-valued parameters worded too. */
export function wordMessage(lang: MessageLang, code: string, params?: MessageParams): string {
  return messageText(lang, code, wordParams(lang, params));
}

/** What is wrong, without where; an issue without a known code keeps its own text. */
export function issueMessage(lang: MessageLang, issue: ErrorIssue): string {
  return issue.code && isKnownMessage(issue.code) ? wordMessage(lang, issue.code, issue.params) : issue.message;
}

/** One issue: "path: what is wrong". */
export function issueText(lang: MessageLang, issue: ErrorIssue): string {
  const text = issueMessage(lang, issue);
  return issue.path ? `${issue.path}: ${text}` : text;
}

export function errorMessage(lang: MessageLang, err: AppErrorData): string {
  const details = err.issues?.length ? err.issues.map((i) => issueText(lang, i)).join('; ') : err.message;
  if (err.messageCode && isKnownMessage(err.messageCode)) {
    const text = wordMessage(lang, err.messageCode, err.params);
    return err.issues?.length ? `${text} — ${details}` : text;
  }
  const params = { path: messageText(lang, 'error.fallback_path'), message: err.message, name: '', details, ...err.params };
  return messageText(lang, `error.${err.code}`, params);
}
