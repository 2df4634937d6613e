/**
 * `journey-audit check <file> [--json]`: exit 0 for a healthy workspace, 1 with the reason otherwise.
 */
import { parseArgs } from 'node:util';
import { appError } from '../../shared/messages/appError';
import { checkWorkspace } from '../backend/db/check';
import type { CliOutput } from './output';

export function runCheck(args: string[]): CliOutput {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw appError('validation', 'cli.one_file', { command: 'check', usage: 'journey-audit check <file>' });
  const report = checkWorkspace(file);
  const migration = report.needsMigration ? ` (will be upgraded to schema ${report.latestSchemaVersion} when opened)` : '';
  return {
    json: report,
    text: [
      `OK ${report.path}`,
      `  schema version ${report.schemaVersion}${migration}`,
      `  integrity ok, no broken references`,
      `  ${report.counts.journeys} journeys, ${report.counts.touchpoints} touchpoints, ${report.bytes} bytes`,
    ].join('\n'),
    exitCode: 0,
  };
}
