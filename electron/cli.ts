/**
 * The `journey-audit` command line: the backend for scripts.
 */
import { version } from '../package.json';
import { AppError } from '../shared/errors';
import { runCheck } from './cli/check';
import { runInit } from './cli/init';
import { type CliOutput, fail, usage } from './cli/output';
import { runRoundSummary } from './cli/round-summary';
import { runSurveyImport } from './cli/survey-import';

const COMMANDS: Record<string, (args: string[]) => Promise<CliOutput> | CliOutput> = {
  init: runInit,
  check: runCheck,
  'survey import': runSurveyImport,
  'round summary': runRoundSummary,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage());
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const two = `${command} ${rest[0] ?? ''}`;
  const run = COMMANDS[two] ?? COMMANDS[command];
  if (COMMANDS[two]) rest.shift();
  if (!run) {
    process.stderr.write(`journey-audit: unknown command "${command}"\n\n${usage()}`);
    return 1;
  }
  const json = rest.includes('--json');
  try {
    const out = await run(rest);
    process.stdout.write(json ? `${JSON.stringify(out.json)}\n` : `${out.text}\n`);
    return out.exitCode;
  } catch (error) {
    const out = fail(error instanceof AppError ? error : new AppError({ code: 'internal', message: (error as Error).message }));
    if (json) process.stdout.write(`${JSON.stringify(out.json)}\n`);
    process.stderr.write(`journey-audit ${command}: ${out.text}\n`);
    return out.exitCode;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
