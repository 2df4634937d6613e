/**
 * `journey-audit init <file> [--sample] [--lang zh-CN|en]`
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appError } from '../../shared/messages/appError';
import { listJourneys } from '../backend/journeys/repo';
import { systemLang } from '../backend/workspace/data-dir';
import { createWorkspaceFile } from '../backend/workspace/session';
import type { CliOutput } from './output';

export function runInit(args: string[]): CliOutput {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { sample: { type: 'boolean', default: false }, lang: { type: 'string' }, json: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw appError('validation', 'cli.one_file', { command: 'init', usage: 'journey-audit init <file> [--sample]' });
  const lang = values.lang ?? systemLang();
  if (lang !== 'zh-CN' && lang !== 'en') throw appError('validation', 'cli.bad_lang', { value: lang });
  const path = resolve(file);
  const db = createWorkspaceFile(path, { sample: values.sample, lang });
  try {
    const journeys = listJourneys(db);
    return {
      json: { ok: true, path, sample: values.sample, lang, journeys: journeys.length },
      text: `Created ${path}${values.sample ? ` with the sample project (${journeys.map((j) => j.name).join(', ')})` : ''}`,
      exitCode: 0,
    };
  } finally {
    db.close();
  }
}
