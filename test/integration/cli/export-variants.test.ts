/**
 * Export variants (test/fixtures/exports, written by generate-variants.ts there) — other
 * containers, encodings and header shapes of the tools' exports — import with default
 * settings through the CLI into a real workspace: response counts, question types, and a
 * mean or count computed here from the file itself, read back on its own (papaparse,
 * iconv-lite, SheetJS).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const EXPORTS = resolve(ROOT, 'test/fixtures/exports');
const tmp = useTmpDir();

interface Q {
  text: string;
  type: string;
  n: number;
  mean: number | null;
  missing: number;
  otherTexts: number;
  distribution: { value: number; label: string; count: number }[];
}
interface Imported {
  format: string;
  fileFormat: string;
  encoding: string | null;
  responses: number;
  warnings: number;
  warningDetails: { code: string; column: string; rows: number[]; count: number }[];
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function importFile(file: string) {
  const ws = join(tmp(), 'w.jaudit');
  expect(cli('init', ws).code).toBe(0);
  const imp = cli('survey', 'import', ws, join(EXPORTS, file), '--survey', 'S', '--round', 'R1', '--json');
  if (imp.code !== 0) throw new Error(`${file} refused: ${imp.stdout} ${imp.stderr}`);
  const sum = cli('round', 'summary', ws, '--survey', 'S', '--round', 'R1', '--json', '--privacy-min', '1');
  expect(sum.code).toBe(0);
  const questions = JSON.parse(sum.stdout).questions as Q[];
  const q = (text: string) => {
    const found = questions.find((x) => x.text === text);
    if (!found) throw new Error(`no question “${text}” in ${questions.map((x) => x.text).join(' | ')}`);
    return found;
  };
  return { imp: JSON.parse(imp.stdout) as Imported, questions, q, types: questions.map((x) => [x.text, x.type]) };
}

const text = (file: string, encoding = 'utf8') => iconv.decode(readFileSync(join(EXPORTS, file)), encoding).replace(/^\ufeff/, '');
const parse = (body: string, delimiter = ',') => Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true }).data;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ZH_SAT: Record<string, number> = { 非常不满意: 1, 不满意: 2, 一般: 3, 满意: 4, 非常满意: 5 };
const scored = (rows: string[][], col: number, score: (cell: string) => number | undefined) =>
  rows.map((r) => score((r[col] ?? '').trim())).filter((v): v is number => v !== undefined);

describe('export variants import with default settings', { timeout: 120_000 }, () => {
  for (const [file, encoding, fileFormat] of [
    ['excel-unicode-text.txt', 'utf-16le', 'tsv'],
    ['gbk.csv', 'gb18030', 'csv'],
  ] as const) {
    it(`${file}: Excel's ${encoding} text is read as such and typed`, () => {
      const { imp, types, q } = importFile(file);
      const rows = parse(text(file, encoding), fileFormat === 'tsv' ? '\t' : ',').slice(1);
      expect([imp.fileFormat, imp.encoding]).toEqual([fileFormat, encoding]);
      expect(imp.responses).toBe(rows.length);
      expect(imp.warnings).toBe(0);
      expect(types).toEqual([['服务满意度', 'likert'], ['推荐意愿(0-10)', 'nps'], ['等待时长(分钟)', 'number'], ['意见', 'text']]);
      expect(q('服务满意度').mean).toBeCloseTo(mean(scored(rows, 3, (c) => ZH_SAT[c])), 9);
      expect(q('等待时长(分钟)').mean).toBeCloseTo(mean(rows.map((r) => Number(r[5]))), 9);
      // Quoted “预约” and commas inside the comments survive the decoding.
      expect(q('意见').n).toBe(rows.filter((r) => r[6]!.includes('“预约”')).length);
    });
  }
});
