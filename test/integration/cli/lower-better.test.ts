/**
 * Lower is better: a transfer count (our customer template's CX04) that drops from 2.22 to
 * 0.80 is an improvement — in `compare --json`, in the XLSX read back with exceljs and in the
 * PDF's text. Imported through the CLI, whose wording rule makes the count lower-better, and
 * whose --lower-better / --higher-better labels override it. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumCandidates } from '../../../electron/backend/report/pdf-chromium';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();
const browser = chromiumCandidates().find((p) => existsSync(p));
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!browser) console.warn('lower-better PDF test skipped: no Chromium, Chrome or Edge found (set JOURNEY_AUDIT_CHROMIUM)');
if (!hasPoppler) console.warn('lower-better PDF test skipped: pdftotext (poppler-utils) not installed, so the PDF text cannot be read');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
});

const expand = (pairs: [number, number][]) => pairs.flatMap(([v, c]) => Array<number>(c).fill(v));
/** Mean 2.22 and 0.80, 50 answers each. */
const BEFORE = expand([[0, 5], [1, 10], [2, 15], [3, 12], [4, 5], [5, 3]]);
const AFTER = expand([[0, 20], [1, 20], [2, 10]]);
const CX04 = 'CX04 本次报修时，您的电话一共被转接了几次？';

function csv(path: string, transfers: number[]) {
  const rows = transfers.map((v, i) => `R${i},${v},${(i % 4) + 1},${i % 3}`);
  writeFileSync(path, ['ID', CX04, 'Q2 服务顾问理解我的需求', 'Q9 设备台数'].join(',') + '\n' + rows.join('\n'));
}

function setup(...flags: string[]) {
  const dir = tmp();
  const ws = join(dir, 'w.jaudit');
  expect(cli('init', ws).code).toBe(0);
  csv(join(dir, 'before.csv'), BEFORE);
  csv(join(dir, 'after.csv'), AFTER);
  for (const [file, round] of [['before.csv', '基线'], ['after.csv', '复测']] as const) {
    const r = cli('survey', 'import', ws, join(dir, file), '--survey', '客户体验', '--round', round, ...flags, '--json');
    expect(r.code, r.stderr).toBe(0);
  }
  return { dir, ws, base: [ws, '--survey', '客户体验', '--before', '基线', '--after', '复测'] };
}

interface JsonItem {
  text: string;
  group: string | null;
  direction: string;
  verdict: string;
  explanation: string;
  before: { mean: number };
  after: { mean: number };
}
const findItem = (items: JsonItem[], part: string) => items.find((i) => i.group === null && i.text.includes(part))!;

describe('lower-better questions', () => {
  it('calls a transfer count that drops from 2.22 to 0.80 better, with its text and direction', () => {
    const { base } = setup();
    const out = cli('compare', ...base, '--json', '--lang', 'zh-CN').json();
    const cx04 = findItem(out.items, '转接了几次');
    expect(cx04.text).toContain('本次报修时，您的电话一共被转接了几次？');
    expect(cx04).toMatchObject({ direction: 'lower-better', verdict: 'better', significant: true });
    expect(cx04.before.mean).toBeCloseTo(2.22, 10);
    expect(cx04.after.mean).toBeCloseTo(0.8, 10);
    expect(cx04.explanation).toContain('下降 1.42（2.22 → 0.80），越低越好：改善');
    expect(out.summary.better).toBeGreaterThanOrEqual(1);
    const en = cli('compare', ...base, '--json', '--lang', 'en').json();
    expect(findItem(en.items, '转接了几次').explanation).toContain('Down 1.42 (2.22 → 0.80), lower is better: better');
    const q2 = findItem(out.items, '服务顾问');
    expect(q2).toMatchObject({ direction: 'higher-better', verdict: 'no-change' });
    expect(findItem(out.items, '设备台数').direction).toBe('higher-better');
  });

  it('takes --lower-better and --higher-better labels by code or text, and refuses an unknown one', () => {
    const { base, dir, ws } = setup('--lower-better', '设备台数', '--higher-better', 'cx04');
    const out = cli('compare', ...base, '--json').json();
    expect(findItem(out.items, '转接了几次')).toMatchObject({ direction: 'higher-better', verdict: 'worse' });
    expect(findItem(out.items, '设备台数').direction).toBe('lower-better');
    const bad = cli('survey', 'import', ws, join(dir, 'after.csv'), '--survey', '客户体验', '--round', '第三轮', '--lower-better', 'Q77', '--json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Q77');
  });

  it('writes "better" for the drop in the XLSX', async () => {
    const { dir, base } = setup();
    const file = join(dir, 'r.xlsx');
    const r = cli('report', ...base, '--format', 'xlsx', '-o', file, '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((rw) => (rw.values as unknown[]).some((v) => String(v).includes('转接了几次')))!;
    expect(row).toBeDefined();
    expect(String(row.getCell(header.indexOf('Direction')).value)).toBe('Better');
  });

  it.skipIf(!browser || !hasPoppler)('writes "better" for the drop in the PDF', () => {
    const { dir, base } = setup();
    const file = join(dir, 'r.pdf');
    const r = cli('report', ...base, '--format', 'pdf', '-o', file, '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Down 1.42 (2.22 → 0.80), lower is better: better');
    expect(text).not.toMatch(/What got worse[^]*转接了几次[^]*What/);
  }, 60_000);
});
