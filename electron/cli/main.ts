/**
 * The `journey-audit` command line: the backend for scripts.
 */
import { version } from '../../package.json';
import { AppError } from '../../shared/errors';
import { type CliOutput, cliLang, fail, usage } from './output';

type Command = (args: string[]) => Promise<CliOutput> | CliOutput;

/** Each command loads only its own modules: a comparison need not load the spreadsheet readers. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./init')).runInit,
  check: async () => (await import('./check')).runCheck,
  copy: async () => (await import('./copy')).runCopy,
  'survey import': async () => (await import('./survey-import')).runSurveyImport,
  'round summary': async () => (await import('./round-summary')).runRoundSummary,
  compare: async () => (await import('./compare')).runCompare,
  report: async () => (await import('./report')).runReport,
  'workshop serve': async () => (await import('./workshop')).runWorkshopServe,
  'workshop results': async () => (await import('./workshop')).runWorkshopResults,
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
  const load = COMMANDS[two] ?? COMMANDS[command];
  if (COMMANDS[two]) rest.shift();
  if (!load) {
    process.stderr.write(`journey-audit: unknown command "${command}"\n\n${usage()}`);
    return 1;
  }
  const json = rest.includes('--json');
  try {
    const out = await (await load())(rest);
    process.stdout.write(json ? `${JSON.stringify(out.json)}\n` : `${out.text}\n`);
    return out.exitCode;
  } catch (error) {
    const out = fail(error instanceof AppError ? error : new AppError({ code: 'internal', messageCode: 'error.internal', message: (error as Error).message, params: { message: (error as Error).message } }), cliLang(rest));
    if (json) process.stdout.write(`${JSON.stringify(out.json)}\n`);
    process.stderr.write(`journey-audit ${command}: ${out.text}\n`);
    return out.exitCode;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
