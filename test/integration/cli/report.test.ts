/**
 * `journey-audit report` on a real workspace with two rounds: each format written to disk and
 * read back, progress on stderr, clear errors for unknown names. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumCandidates } from '../../../electron/backend/report/pdf-chromium';
import { compareWorkspace } from '../../support/compare-workspace';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();
const browser = chromiumCandidates().find((p) => existsSync(p));
if (!browser) console.warn('CLI PDF report test skipped: no Chromium, Chrome or Edge found (set JOURNEY_AUDIT_CHROMIUM)');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
});

async function workspace(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const dir = tmp();
  const ctx = await compareWorkspace(dir, lang);
  const journey = ctx.journey.name;
  ctx.backend.close();
  const base = [ctx.file, '--survey', ctx.surveyName, '--before', '基线 2026-H1', '--after', '复测 2026-H2'];
  return { dir, base, journey };
}

describe('journey-audit report', () => {
  it('writes an XLSX by region in Chinese, with progress on stderr', async () => {
    const { dir, base } = await workspace();
    const out = join(dir, 'report.xlsx');
    const r = cli('report', ...base, '--format', 'xlsx', '-o', out, '--lang', 'zh-CN', '--by', 'region');
    expect(r.stderr).toContain('report: compare (1/5)');
    expect(r.stderr).toContain('report: write (5/5)');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['整体', '=西北', '华东', '华南', '原始汇总', '地图版本', '方法说明']);
    expect(typeof wb.worksheets[0]!.getRow(2).getCell(5).value).toBe('number');
  });

  it('infers the format from the file name and prints JSON with --json', async () => {
    const { dir, base } = await workspace('en');
    const out = join(dir, 'r.csv');
    const r = cli('report', ...base, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, format: 'csv', file: out, before: '基线 2026-H1' });
    expect(r.stderr).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
  });

  it('writes the HTML for a named journey and refuses unknown names with what exists', async () => {
    const { dir, base, journey } = await workspace('en');
    const out = join(dir, 'r.html');
    expect(cli('report', ...base, '--format', 'html', '-o', out, '--journey', journey).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy"`);
    const noJourney = cli('report', ...base, '--format', 'html', '-o', out, '--journey', 'Nope');
    expect(noJourney.code).toBe(1);
    expect(noJourney.stderr).toContain(journey);
    const noRound = cli('report', base[0]!, '--survey', base[2]!, '--before', 'x', '--after', 'y', '-o', out);
    expect(noRound.code).toBe(1);
    expect(noRound.stderr).toContain('基线 2026-H1');
    const badFormat = cli('report', ...base, '-o', join(dir, 'r.doc'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('pdf, xlsx, csv, html');
  });

  it.skipIf(!browser)('prints a PDF', async () => {
    const { dir, base } = await workspace();
    const out = join(dir, 'r.pdf');
    const r = cli('report', ...base, '--format', 'pdf', '-o', out, '--lang', 'zh-CN');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);
});
