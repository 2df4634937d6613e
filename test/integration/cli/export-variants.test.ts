/**
 * Export variants (test/fixtures/exports, written by generate-variants.ts there) — other
 * containers, encodings and header shapes of the tools' exports — import with default
 * settings through the CLI into a real workspace: response counts, question types, and a
 * mean or count computed here from the file itself, read back on its own (papaparse,
 * iconv-lite, SheetJS).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { EXPORTS, useExportImport } from '../../support/cli-import';


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

const importFile = useExportImport<Q, Imported>();

const text = (file: string, encoding = 'utf8') => iconv.decode(readFileSync(join(EXPORTS, file)), encoding).replace(/^\ufeff/, '');
const parse = (body: string, delimiter = ',') => Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true }).data;
/** Rows of the first sheet of a workbook (xls or xlsx), as text. */
function sheetRows(file: string): string[][] {
  const wb = XLSX.read(readFileSync(join(EXPORTS, file)));
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
}
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

  it('Google Forms CSV: zoned timestamps, checkbox options with commas, a single choice whose options have commas', () => {
    const file = 'google-forms.csv';
    const { imp, types, q } = importFile(file);
    const rows = parse(text(file)).slice(1);
    expect(imp.format).toBe('google-forms');
    expect(imp.responses).toBe(rows.length);
    // Every timestamp is read: no "submit time" warning.
    expect(imp.warningDetails).toEqual([]);
    expect(types).toEqual([
      ['How easy was it to get started? (1 = very hard, 5 = very easy)', 'likert'],
      ['Which features do you use?', 'multiple'],
      ['Do you use the mobile app?', 'single'],
      ['Rate our service — Speed', 'likert'],
      ['Rate our service — Friendliness', 'likert'],
      ['How did you hear about us?', 'single'],
      ['What should we improve?', 'text'],
    ]);
    const features = ['Reports, charts and dashboards', 'Sharing', 'Export to Excel, CSV or PDF', 'Reminders'];
    const chosen = (o: string) => rows.filter((r) => r[3]!.includes(o)).length;
    expect(Object.fromEntries(q('Which features do you use?').distribution.map((d) => [d.label, d.count]))).toEqual(Object.fromEntries(features.map((o) => [o, chosen(o)])));
    expect(q('Do you use the mobile app?').distribution.find((d) => d.label === 'Yes, every day')?.count).toBe(rows.filter((r) => r[4] === 'Yes, every day').length);
    expect(q('How easy was it to get started? (1 = very hard, 5 = very easy)').mean).toBeCloseTo(mean(rows.map((r) => Number(r[2]))), 9);
    const heard = q('How did you hear about us?');
    expect(heard.otherTexts).toBe(rows.filter((r) => r[7]!.startsWith('A poster')).length);
  });

  for (const file of ['wenjuanxing.xls', 'wenjuanxing.xlsx']) {
    it(`问卷星 ${file}: metadata, ┋ multi-select with 其他〖…〗, a 1–5 score with one stray 9`, () => {
      const { imp, types, q } = importFile(file);
      const rows = sheetRows(file).slice(1);
      expect([imp.format, imp.fileFormat]).toEqual(['wenjuanxing', file.slice(-4).replace('.', '')]);
      expect(imp.responses).toBe(rows.length);
      expect(types).toEqual([
        ['您的性别', 'single'], ['您对本次服务的满意度', 'likert'], ['您是通过哪些渠道了解我们的？', 'multiple'], ['请为本次服务打分（1-5分）', 'likert'],
        ['第5题 — 服务态度', 'likert'], ['第5题 — 专业程度', 'likert'], ['您的建议', 'text'],
      ]);
      // The stray 9 is reported where it is, and left out of the mean.
      const stray = rows.findIndex((r) => r[9] === '9');
      expect(imp.warningDetails).toEqual([expect.objectContaining({ code: 'import.answer.outOfScale', column: 'J', rows: [stray + 2], count: 1 })]);
      const score = q('请为本次服务打分（1-5分）');
      expect(score.mean).toBeCloseTo(mean(rows.map((r) => Number(r[9])).filter((v) => v <= 5)), 9);
      const channels = q('您是通过哪些渠道了解我们的？');
      expect(channels.otherTexts).toBe(rows.filter((r) => r[8]!.includes('其他〖')).length);
      expect(channels.distribution.find((d) => d.label === '门店')?.count).toBe(rows.filter((r) => r[8]!.split('┋').includes('门店')).length);
      // (跳过) is no answer.
      expect(q('第5题 — 专业程度').n).toBe(rows.filter((r) => r[11] !== '(跳过)').length);
      expect(q('您的建议').n).toBe(rows.filter((r) => r[12] !== '(空)').length);
    });
  }

  it('a sheet saved by hand: title lines, a repeated header, blank columns and rows, line breaks in answers, LF', () => {
    const file = 'hand-saved-lf.csv';
    const { imp, types, q } = importFile(file);
    const all = parse(text(file));
    const header = all.findIndex((r) => r[0] === 'ID');
    const rows = all.slice(header + 1).filter((r) => r.some((c) => c.trim() !== ''));
    expect(imp.responses).toBe(rows.length);
    expect(imp.warnings).toBe(0);
    // Both "Rating" columns are kept, each its own question; nothing overwrites the other.
    expect(types).toEqual([['Rating', 'likert'], ['Rating (2)', 'likert'], ['Recommend (0-10)', 'nps'], ['Comment', 'text']]);
    expect(q('Rating').mean).toBeCloseTo(mean(rows.map((r) => Number(r[2]))), 9);
    expect(q('Rating (2)').mean).toBeCloseTo(mean(rows.map((r) => Number(r[3]))), 9);
    expect(q('Comment').n).toBe(rows.filter((r) => r[5]!.includes('\nline two')).length);
  });

  for (const file of ['qualtrics-3row.csv', 'qualtrics-3row.xlsx']) {
    it(`Qualtrics ${file}: three header rows; "Other - Text" is the write-in of its choice; the NPS group is not a question`, () => {
      const { imp, types, q } = importFile(file);
      const all = file.endsWith('.csv') ? parse(text(file)) : sheetRows(file);
      const rows = all.slice(3);
      const col = (code: string) => all[0]!.indexOf(code);
      expect([imp.format, imp.responses, imp.warnings]).toEqual(['qualtrics', rows.length, 0]);
      expect(types).toEqual([
        ['How satisfied are you with our support overall?', 'likert'],
        ['Please rate the following statements — The agent understood my problem', 'likert'],
        ['Please rate the following statements — The problem was solved', 'likert'],
        ['Which channels did you use?', 'multiple'],
        ['How likely are you to recommend us to a friend or colleague?', 'nps'],
        ['Anything else you would like to tell us?', 'text'],
      ]);
      const SAT: Record<string, number> = { 'Extremely dissatisfied': 1, 'Somewhat dissatisfied': 2, 'Neither satisfied nor dissatisfied': 3, 'Somewhat satisfied': 4, 'Extremely satisfied': 5 };
      expect(q('How satisfied are you with our support overall?').mean).toBeCloseTo(mean(scored(rows, col('Q1'), (c) => SAT[c])), 9);
      const channels = q('Which channels did you use?');
      const count = (o: string) => rows.filter((r) => r[col('Q3')]!.includes(o)).length;
      expect(Object.fromEntries(channels.distribution.map((d) => [d.label, d.count]))).toEqual({ Email: count('Email'), Phone: count('Phone'), 'Chat, web or app': count('Chat, web or app'), Other: count('Other') });
      expect(channels.otherTexts).toBe(rows.filter((r) => r[col('Q3_4_TEXT')] !== '').length);
      const nps = rows.map((r) => Number(r[col('Q4')]));
      const here = ((nps.filter((x) => x >= 9).length - nps.filter((x) => x <= 6).length) / nps.length) * 100;
      expect((q('How likely are you to recommend us to a friend or colleague?') as Q & { nps: number }).nps).toBeCloseTo(here, 9);
    });
  }

  it('SurveyMonkey CSV from the Chinese interface: its two header rows and metadata are recognised', () => {
    const file = 'surveymonkey-zh.csv';
    const { imp, types, q } = importFile(file);
    const rows = parse(text(file)).slice(2);
    expect([imp.format, imp.responses, imp.warnings]).toEqual(['surveymonkey', rows.length, 0]);
    expect(types).toEqual([
      ['您对我们的服务满意吗？', 'likert'], ['您访问了哪些部门？', 'multiple'], ['请评价以下方面： — 服务速度', 'likert'], ['请评价以下方面： — 员工态度', 'likert'],
      ['您向朋友或同事推荐我们的可能性有多大？', 'nps'], ['其他意见', 'text'],
    ]);
    expect(q('您对我们的服务满意吗？').mean).toBeCloseTo(mean(scored(rows, 9, (c) => ZH_SAT[c])), 9);
    const QUALITY: Record<string, number> = { 很差: 1, 较差: 2, 一般: 3, 好: 4, 非常好: 5 };
    expect(q('请评价以下方面： — 员工态度').mean).toBeCloseTo(mean(scored(rows, 14, (c) => QUALITY[c])), 9);
    expect(q('您访问了哪些部门？').distribution.map((d) => [d.label, d.count])).toEqual(['销售', '售后', '配件'].map((d, k) => [d, rows.filter((r) => r[10 + k] === d).length]));
  });

  it('金数据 shapes: a multi-select joined by "," in one cell, a matrix as one column per row', () => {
    const file = 'jinshuju-shapes.xlsx';
    const { imp, types, q } = importFile(file);
    const rows = sheetRows(file).slice(1);
    expect([imp.format, imp.responses, imp.warnings]).toEqual(['jinshuju', rows.length, 0]);
    expect(types).toEqual([
      ['您使用过哪些服务？', 'multiple'], ['请评价以下方面-服务态度', 'likert'], ['请评价以下方面-响应速度', 'likert'], ['请评价以下方面-环境整洁', 'likert'], ['您的建议', 'text'],
    ]);
    const used = q('您使用过哪些服务？');
    expect(Object.fromEntries(used.distribution.map((d) => [d.label, d.count]))).toEqual(
      Object.fromEntries(['保养', '维修', '保险', '金融'].map((o) => [o, rows.filter((r) => r[1]!.split(',').includes(o)).length])),
    );
    expect(used.n).toBe(rows.length);
    const speed = q('请评价以下方面-响应速度');
    const here = scored(rows, 3, (c) => ZH_SAT[c]);
    expect([speed.n, speed.mean]).toEqual([here.length, expect.closeTo(mean(here), 9)]);
  });

  it('European Excel CSV: semicolons, decimal commas, cp1252', () => {
    const file = 'semicolon-decimal-comma.csv';
    const { imp, types, q } = importFile(file);
    const rows = parse(text(file, 'windows-1252'), ';').slice(1);
    expect([imp.fileFormat, imp.encoding, imp.responses, imp.warnings]).toEqual(['csv', 'windows-1252', rows.length, 0]);
    expect(types).toEqual([['Date', 'text'], ['Satisfaction (1-5)', 'likert'], ['Waiting time (hours)', 'number'], ['Store', 'single'], ['Comment', 'text']]);
    const hours = q('Waiting time (hours)');
    expect([hours.n, hours.mean]).toEqual([rows.length, expect.closeTo(mean(rows.map((r) => Number(r[3]!.replace(',', '.')))), 9)]);
    expect(q('Store').distribution.find((d) => d.label === 'München')?.count).toBe(rows.filter((r) => r[4] === 'München').length);
  });
});
