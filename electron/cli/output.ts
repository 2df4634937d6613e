/**
 * What a CLI command returns: a JSON value for `--json`, readable text otherwise, and an exit code.
 */
import type { AppError } from '../../shared/errors';
import type { MessageLang } from '../../shared/messages/catalog';
import { errorMessage } from '../../shared/messages/errorText';

export interface CliOutput {
  json: unknown;
  text: string;
  exitCode: number;
}

/** The language of messages: `--lang zh-CN|en` (or `--lang=…`) of the command line, else English. */
export function cliLang(args: readonly string[]): MessageLang {
  const i = args.indexOf('--lang');
  const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'zh-CN' ? 'zh-CN' : 'en';
}

/**
 * An error in the command's language, from the shared catalogues. In English an error without
 * a specific message keeps its own sentence, which says more than the general wording of its code.
 */
export function errorText(error: AppError, lang: MessageLang): string {
  if (lang === 'en' && !error.messageCode && !error.issues?.length) return error.message;
  return errorMessage(lang, error);
}

export function fail(error: AppError, lang: MessageLang = 'en'): CliOutput {
  return { json: { ok: false, error: error.toJSON() }, text: errorText(error, lang), exitCode: 1 };
}

export function usage(): string {
  return `Usage: journey-audit <command> [options]

Commands:
  init <file> [--sample] [--lang zh-CN|en] [--json]   create a workspace (refuses an existing file)
  check <file> [--json]                                integrity and schema check of a workspace
  copy <workspace> <dest> [--force] [--json]           a consistent copy (replaces an existing file only with --force)
  survey import <workspace> <file> --survey <name> --round <label>
        [--kind internal|external] [--sheet <name>] [--encoding <enc>] [--delimiter <c>]
        [--mapping <file>] [--labels <text-export>] [--replace | --skip-duplicate] [--strict] [--keep-outliers]
        [--lang en|zh-CN] [--json]
                                                       import responses (CSV, TSV, XLSX, XLS) into a round;
                                                       creates the survey and round when missing; unexpected
                                                       answers are kept as text and listed as warnings
                                                       (--strict refuses the file instead); implausible
                                                       numbers are left out of means unless --keep-outliers;
                                                       --labels: the text export of a 问卷星 option-number file
  round summary <workspace> --survey <name> --round <label> [--by <attribute>] [--privacy-min <n>] [--json]
                                                       per-question n, mean, top-2-box and NPS of a round
  compare <workspace> --survey <name> --before <round> --after <round> [--after-survey <name>]
        [--by <attribute>] [--privacy-min <n>] [--alpha <q>] [--lang zh-CN|en] [--json]
                                                       before/after comparison of two rounds: every question
                                                       and composite, Welch/Mann-Whitney/z tests, BH-adjusted
  report <workspace> --survey <name> --before <round> --after <round> --format pdf|xlsx|csv|html -o <file>
        [--lang zh-CN|en] [--by <attribute>] [--journey <name>] [--after-survey <name>] [--privacy-min <n>] [--json]
                                                       export the before/after report (PDF needs Chromium, Chrome
                                                       or Edge; JOURNEY_AUDIT_CHROMIUM names one)
  workshop serve <workspace> --journey <name> [--host <address>] [--port N] [--stage <name>]
        [--measures need,convenience,emotion,transfers,comment] [--json]
                                                       run a live rating session until SIGTERM (binds one address:
                                                       the likely LAN address unless --host); prints the link first
  workshop results <workspace> --journey <name> [--privacy-min <n>] [--json]
                                                       the latest session's results per touchpoint and measure

Options:
  --json        print machine-readable JSON
  --help        show this help
  --version     print the version
`;
}
