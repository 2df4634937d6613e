/**
 * HTML → PDF with a headless Chromium, Chrome or Edge found on this machine: the backend's
 * default PDF printer when it runs without Electron (CLI, browser mode, tests). The document is
 * written to a temporary file and printed with `--print-to-pdf`; an abort kills the browser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appError } from '../../../shared/messages/appError';
import type { RenderPdf } from '../options';

const TIMEOUT_MS = 120_000;

/** Where browsers live, per platform, in the order they are tried after JOURNEY_AUDIT_CHROMIUM. */
export function chromiumCandidates(platform = process.platform, env = process.env): string[] {
  const fromEnv = env.JOURNEY_AUDIT_CHROMIUM ? [env.JOURNEY_AUDIT_CHROMIUM] : [];
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((x): x is string => !!x);
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(r, 'Chromium', 'Application', 'chrome.exe')]),
    ];
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  return [...fromEnv, ...new Set(dirs.flatMap((d) => names.map((n) => join(d, n))))];
}

/** The first browser that exists, or an error listing every place that was looked at. */
export function findChromium(candidates = chromiumCandidates()): string {
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw appError('not_found', 'report.no_chromium', { candidates: candidates.join(', ') });
}

const ARGS = [
  '--headless',
  '--no-pdf-header-footer',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-extensions',
  '--disable-quic',
  '--no-first-run',
  '--mute-audio',
];
// No `--blink-settings=scriptEnabled=false`: headless printing stops working with it. The
// report's own CSP (default-src 'none', no script-src) keeps scripts from running instead.

/** Prints an HTML document to PDF bytes with a headless browser. */
export const renderPdfWithChromium: RenderPdf = async (html, opts) => {
  const executable = findChromium();
  const dir = await mkdtemp(join(tmpdir(), 'journey-audit-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    await writeFile(page, html, 'utf8');
    const args = [...ARGS, `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(page).href];
    await run(executable, args, opts?.signal);
    if (!existsSync(out)) throw appError('internal', 'report.pdf_missing', { executable });
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

function run(executable: string, args: string[], signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(appError('conflict', 'report.cancelled'));
    // Its own process group on POSIX, so a cancel takes the renderer and GPU helpers down too.
    const group = process.platform !== 'win32';
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: group });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const kill = () => {
      try {
        if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(kill, TIMEOUT_MS);
    signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(appError('internal', 'report.browser_start', { executable, detail: e.message }));
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', kill);
      if (signal?.aborted) reject(appError('conflict', 'report.cancelled'));
      else if (code === 0) resolve();
      else reject(appError('internal', 'report.print_failed', { executable, status: sig ?? `exit ${code}`, detail: stderr.trim().split('\n').slice(-3).join(' ') }));
    });
  });
}
