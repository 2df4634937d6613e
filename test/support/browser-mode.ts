/**
 * Starts the app in browser mode (the built server) as a child process and waits for
 * the address it prints. Used by the end-to-end tests and the startup benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface BrowserModeApp {
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

export function startBrowserMode(args: { workspace?: string; dataDir: string; env?: NodeJS.ProcessEnv }): Promise<BrowserModeApp> {
  const argv = [resolve(ROOT, 'out/node/serve-cli.js'), '--data-dir', args.dataDir];
  if (args.workspace) argv.push('--workspace', args.workspace);
  const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, ...args.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`browser mode did not start in 15 s:\n${out}`)), 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({
          url: `${m[1]}/?token=${m[2]}`,
          origin: m[1]!,
          token: m[2]!,
          process: child,
          output: () => out,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`browser mode exited with ${code}:\n${out}`));
    });
  });
}
