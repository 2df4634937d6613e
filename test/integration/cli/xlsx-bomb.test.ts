/**
 * A zip-bomb workbook is refused quickly and cheaply: the CLI runs as its own process and
 * reports its peak memory (maximum resident set size), measured by the kernel.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableBuffer } from '../../../electron/backend/import/read-table';
import { useTmpDir } from '../../support/tmp';
import { zipBombWorkbook } from '../../support/zip-bomb';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();

/**
 * Runs the CLI under GNU time, which prints the child's peak resident set (kB) and its CPU
 * seconds as the last stderr line. CPU time is what the refusal costs; wall time on a shared
 * machine also holds everyone else's work, so it only gets a loose bound.
 */
function measuredCli(...args: string[]) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, BIN, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = r.stderr.trimEnd().split('\n');
  const [rssKb, user, sys] = lines.pop()!.split(' ').map(Number);
  return { code: r.status, stdout: r.stdout, stderr: lines.join('\n'), ms, maxRssMb: rssKb! / 1024, cpuMs: (user! + sys!) * 1000 };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time (GNU time) is needed to measure peak memory');
});

describe('an .xlsx zip bomb', () => {
  for (const lie of [false, true]) {
    it(`is refused by the CLI in under 2 s of CPU and 300 MB (${lie ? 'sizes declared falsely' : 'sizes declared honestly'})`, async () => {
      const dir = tmp();
      const ws = join(dir, 'w.jaudit');
      expect(spawnSync(process.execPath, [BIN, 'init', ws]).status).toBe(0);
      const bomb = join(dir, 'bomb.xlsx');
      const bytes = await zipBombWorkbook(1000, lie);
      expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
      writeFileSync(bomb, bytes);
      const r = measuredCli('survey', 'import', ws, bomb, '--survey', 'CX', '--round', 'R1');
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/unpacks to more than 100 MB.*too large to import safely/);
      expect(r.maxRssMb).toBeLessThan(300);
      expect(r.cpuMs).toBeLessThan(2000);
      expect(r.ms).toBeLessThan(8000);
    }, 60_000);
  }

  it('is refused with a message code and the limit as parameters', async () => {
    const error = await readTableBuffer(await zipBombWorkbook(300, true), 'bomb.xlsx').then(
      () => null,
      (e: { messageCode?: string; params?: Record<string, unknown> }) => e,
    );
    expect(error?.messageCode).toBe('import.workbookTooLarge');
    expect(error?.params).toMatchObject({ entry: 'xl/worksheets/sheet1.xml', limitMb: 100, file: 'bomb.xlsx' });
  });
});
