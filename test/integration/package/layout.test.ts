/**
 * The package users install: electron-builder packs the built app with a stand-in Electron
 * distribution (a stub executable, since the real binary cannot be fetched everywhere), and the
 * result is checked where the runtime will look — the main entry, the preload, the renderer, the
 * workers and better-sqlite3's native binary unpacked beside the archive — and that no library
 * the renderer bundle already holds is shipped a second time in node_modules.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(archive: string, options: { isPack: boolean }): string[] };

/** Archive plus unpacked files; today about 85 MB, of which ~25 MB are better-sqlite3's binaries and sources. */
const BUDGET_BYTES = 100 * 1024 * 1024;
/** Libraries Vite bundles into out/renderer: shipping them in node_modules again is dead weight. */
const RENDERER_ONLY = ['antd', '@ant-design/icons', 'react', 'react-dom', '@xyflow/react', 'zustand', 'zundo', 'i18next', 'react-i18next', 'html-to-image'];

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

describe('the packaged desktop app', () => {
  let work = '';
  let resources = '';
  let files: string[] = [];

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'out/main/main.js'))) throw new Error('Build the app first (npm run build): out/main/main.js is missing');
    work = mkdtempSync(join(tmpdir(), 'ja-package-'));
    const dist = join(work, 'electron-dist');
    spawnSync('mkdir', ['-p', dist]);
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho stand-in\n');
    chmodSync(join(dist, 'electron'), 0o755);
    const out = join(work, 'out');
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/electron-builder'),
      ['--linux', 'dir', `-c.electronDist=${dist}`, '-c.electronVersion=45.4.1', `-c.directories.output=${out}`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } },
    );
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    resources = join(out, 'linux-unpacked/resources');
    files = asar.listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the main entry, the preload and the renderer in the archive', () => {
    expect(files).toContain('/package.json');
    expect(files).toContain('/out/preload/preload.cjs');
    expect(files).toContain('/out/renderer/index.html');
    expect(files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('unpacks what is loaded from disk: the main process, its workers, the .xls parser and the SQLite binary', () => {
    const unpacked = join(resources, 'app.asar.unpacked');
    expect(existsSync(join(unpacked, 'out/main/main.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'out/main/import-worker.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'node_modules/@e965/xlsx/package.json'))).toBe(true);
    expect(existsSync(join(unpacked, 'node_modules/@e965/xlsx/dist/cpexcel.js'))).toBe(true);
    const natives = readdirSync(join(unpacked, 'node_modules/better-sqlite3'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.node'));
    expect(natives.length, 'better-sqlite3 native binaries unpacked').toBeGreaterThan(0);
  });

  it('ships no renderer-only library, no CLI or benchmark build and no source maps', () => {
    for (const name of RENDERER_ONLY) expect(files, name).not.toContain(`/node_modules/${name}/package.json`);
    expect(files.filter((f) => f.startsWith('/out/node/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('stays under its size budget', () => {
    const bytes = statSync(join(resources, 'app.asar')).size + folderBytes(join(resources, 'app.asar.unpacked'));
    console.log(`package size: ${(bytes / 1024 / 1024).toFixed(1)} MiB (budget ${BUDGET_BYTES / 1024 / 1024} MiB)`);
    expect(bytes).toBeLessThan(BUDGET_BYTES);
  });
});
