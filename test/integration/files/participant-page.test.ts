/**
 * The live workshop's participant page is built on its own: small enough for a slow phone,
 * a classic script for old WebViews, and free of APIs that need a secure context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const tmp = useTmpDir();

describe('participant page build', () => {
  it('is at most 150 kB gzipped, ES2017, a classic script, with no secure-context API and no app bundle', async () => {
    const outDir = tmp();
    await build({ configFile: join(ROOT, 'vite.participant.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<script defer src="\/assets\/[\w-]+\.js"><\/script>/);
    expect(html).not.toContain('type="module"');
    const assets = readdirSync(join(outDir, 'assets'));
    const files = [join(outDir, 'index.html'), ...assets.map((f) => join(outDir, 'assets', f))];
    const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
    expect(gz).toBeLessThanOrEqual(150 * 1024);
    const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    for (const needle of ['randomUUID', 'navigator.clipboard', 'serviceWorker', 'antd', 'react', '?.', '??']) expect(js).not.toContain(needle);
  });
});
