/**
 * Starting the desktop app from Playwright. The Electron binary is looked up on disk
 * only: `require('electron')` would try to download it, which hangs or fails offline,
 * so specs ask `electronBinary()` first and skip with its reason when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ELECTRON_PACKAGE = join(ROOT, 'node_modules', 'electron');

/** Where the electron package's installer puts the executable inside `dist/` on this OS. */
function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Finds the Electron executable the way the `electron` package does (its `path.txt`,
 * `ELECTRON_OVERRIDE_DIST_PATH`), without ever starting a download.
 *
 * @returns the executable's path, or a human-readable reason to skip desktop specs.
 */
export function electronBinary(): { path: string } | { skip: string } {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executable = override ? join(override, relative) : join(ELECTRON_PACKAGE, 'dist', relative);
  if (existsSync(executable)) return { path: executable };
  return {
    skip: `Electron binary not present at ${executable}; the desktop variant runs wherever \`npx electron --version\` works`,
  };
}

/** A running desktop app with its first window, and a way to stop it and clean up. */
export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  close(): Promise<void>;
}

// Inherited variables that would change what the app does: dev-server URL, node mode.
const DROPPED_ENV = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE', 'JOURNEY_AUDIT_WORKSPACE']);

function childEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED_ENV.has(key)) env[key] = value;
  }
  env['JOURNEY_AUDIT_USER_DATA'] = userData;
  return env;
}

/**
 * Launches the built app (`npm run build` first) on a given workspace file, with a
 * throw-away profile folder so the user's real settings and default workspace are
 * never touched.
 *
 * The app is started from the project folder rather than `out/main/main.js` so that
 * Electron reads package.json: the app's name and version are then the product's,
 * not Electron's.
 *
 * @param workspacePath - the `.jaudit` file to open instead of the default workspace.
 */
export async function launchElectron(workspacePath: string): Promise<LaunchedApp> {
  const binary = electronBinary();
  if ('skip' in binary) throw new Error(binary.skip);

  const userData = await mkdtemp(join(tmpdir(), 'journey-audit-e2e-'));
  const cleanUp = () => rm(userData, { recursive: true, force: true });
  let app: ElectronApplication | undefined;
  try {
    app = await _electron.launch({
      executablePath: binary.path,
      // --no-sandbox: CI containers run as root, where Chromium's OS sandbox cannot start.
      args: [ROOT, '--workspace', workspacePath, '--no-sandbox'],
      cwd: ROOT,
      env: childEnv(userData),
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const launched = app;
    return {
      app: launched,
      page,
      async close() {
        await launched.close().catch(() => undefined);
        await cleanUp();
      },
    };
  } catch (e) {
    await app?.close().catch(() => undefined);
    await cleanUp();
    throw e;
  }
}
