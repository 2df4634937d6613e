/**
 * Exports in the layouts of 腾讯问卷, 金数据, SurveyMonkey XLSX (condensed and expanded) and a
 * sheet typed by hand with merged headers (test/fixtures/exports, written by generate.ts
 * there) import with default settings through the CLI: response counts, which questions are
 * scales and which multiple choice, metadata kept out of the questions, and a mean computed
 * here from the file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORTS, useExportImport } from '../../support/cli-import';


interface Q {
  text: string;
  otherTexts: number;
  type: string;
  n: number;
  mean: number | null;
  missing: number;
  distribution: { value: number; label: string; count: number }[];
}

const importFile = useExportImport<Q, { format: string; responses: number; warnings: number; questions: number }>();

/** Rows of a CSV fixture (BOM dropped), header included. */
const csvRows = (file: string) => Papa.parse<string[]>(readFileSync(join(EXPORTS, file), 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

/** Rows of the first sheet of an XLSX fixture as text, header included. */
async function xlsxRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(EXPORTS, file));
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => (values[i + 1] === null || values[i + 1] === undefined ? '' : String(values[i + 1])));
  });
  return rows;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The mean of column `col` over data rows, scoring cells through `score` (undefined = not scored). */
function columnMean(rows: string[][], from: number, col: number, score: (cell: string) => number | undefined): { mean: number; n: number } {
  const xs = rows.slice(from).map((r) => score(r[col] ?? '')).filter((v): v is number => v !== undefined);
  return { mean: mean(xs), n: xs.length };
}
const asInt = (cell: string) => (/^\d+$/.test(cell.trim()) ? Number(cell) : undefined);

describe('tool exports import with default settings', { timeout: 90_000 }, () => {
  const SAT_ZH: Record<string, number> = { 非常不满意: 1, 不满意: 2, 一般: 3, 满意: 4, 非常满意: 5 };

  for (const file of ['tencent-wj.csv', 'tencent-wj.xlsx']) {
    it(`腾讯问卷 ${file}: metadata is metadata, options under one multi-select, matrix rows as "题目 — 子题"`, async () => {
      const { imp, questions, q } = importFile(file);
      const rows = file.endsWith('.csv') ? csvRows(file) : await xlsxRows(file);
      expect(imp.format).toBe('tencent');
      expect(imp.responses).toBe(rows.length - 1);
      expect(imp.warnings).toBe(0);
      // 编号 … 自定义字段, IP, UA and the empty field after the trailing comma are not questions.
      expect(questions.map((x) => x.text)).toEqual([
        '您的性别', '您对本次服务的总体满意度', '您通过哪些渠道了解我们？', '请评价以下方面 — 服务态度', '请评价以下方面 — 专业程度',
        '您向朋友推荐我们的可能性有多大？', '您的年龄段', '其他建议',
      ]);
      const overall = q('您对本次服务的总体满意度');
      expect(overall.type).toBe('likert');
      const here = columnMean(rows, 1, 9, (c) => SAT_ZH[c.replace(/^[A-E]\./, '')]);
      expect(overall.n).toBe(here.n);
      expect(overall.mean).toBeCloseTo(here.mean, 9);
      expect(q('请评价以下方面 — 专业程度').mean).toBeCloseTo(columnMean(rows, 1, 14, asInt).mean, 9);
      expect(q('您通过哪些渠道了解我们？').type).toBe('multiple');
      expect(q('您的性别').type).toBe('single');
      expect(q('您向朋友推荐我们的可能性有多大？').type).toBe('nps');
      expect(q('您的年龄段').distribution.map((d) => d.label)).toEqual(['A.18-25岁', 'B.26-35岁', 'C.36-45岁', 'D.46岁以上']);
      expect(q('其他建议').type).toBe('text');
    });
  }

  for (const file of ['jinshuju.csv', 'jinshuju.xlsx']) {
    it(`金数据 ${file}: 序号, 填写人 … 提交时间 are metadata; a text scale and a number scale`, async () => {
      const { imp, questions, q } = importFile(file);
      const rows = file.endsWith('.csv') ? csvRows(file) : await xlsxRows(file);
      expect(imp.format).toBe('jinshuju');
      expect(imp.responses).toBe(rows.length - 1);
      expect(imp.warnings).toBe(0);
      expect(questions.map((x) => x.text)).toEqual(['您的性别', '您对服务的满意度', '服务评分', '您向朋友推荐我们的可能性(0-10)', '您最常使用的服务', '意见建议']);
      const sat = q('您对服务的满意度');
      expect(sat.type).toBe('likert');
      expect(sat.mean).toBeCloseTo(columnMean(rows, 1, 2, (c) => SAT_ZH[c]).mean, 9);
      expect(q('服务评分').type).toBe('likert');
      expect(q('服务评分').mean).toBeCloseTo(columnMean(rows, 1, 3, asInt).mean, 9);
      expect(q('您向朋友推荐我们的可能性(0-10)').type).toBe('nps');
      expect(q('您最常使用的服务').type).toBe('single');
    });
  }

  const SM_SAT: Record<string, number> = { 'Very dissatisfied': 1, 'Somewhat dissatisfied': 2, 'Neither satisfied nor dissatisfied': 3, 'Somewhat satisfied': 4, 'Very satisfied': 5 };
  const SM_QUALITY: Record<string, number> = { Poor: 1, Fair: 2, Good: 3, 'Very good': 4, Excellent: 5 };

  it('SurveyMonkey XLSX expanded: merged question cells over options and matrix rows', async () => {
    const { imp, questions, q } = importFile('surveymonkey-expanded.xlsx');
    const rows = await xlsxRows('surveymonkey-expanded.xlsx');
    expect(imp.format).toBe('surveymonkey');
    expect(imp.responses).toBe(rows.length - 2);
    expect(questions.map((x) => [x.text, x.type])).toEqual([
      ['How satisfied are you with our service?', 'likert'],
      ['Which of our departments did you visit?', 'multiple'],
      ['Please rate the following: — Speed of service', 'likert'],
      ['Please rate the following: — Friendliness of staff', 'likert'],
      ['How likely is it that you would recommend us to a friend or colleague?', 'nps'],
      ['Any other comments?', 'text'],
    ]);
    expect(q('How satisfied are you with our service?').mean).toBeCloseTo(columnMean(rows, 2, 9, (c) => SM_SAT[c]).mean, 9);
    const visited = q('Which of our departments did you visit?');
    expect(visited.distribution.map((d) => [d.label, d.count])).toEqual(
      ['Sales', 'Service', 'Parts'].map((o, k) => [o, rows.slice(2).filter((r) => r[10 + k] === o).length]),
    );
    expect(q('Please rate the following: — Friendliness of staff').mean).toBeCloseTo(columnMean(rows, 2, 14, (c) => SM_QUALITY[c]).mean, 9);
  });

  it('SurveyMonkey XLSX condensed: one column per question, the matrix still one per row', async () => {
    const { imp, questions, q } = importFile('surveymonkey-condensed.xlsx');
    const rows = await xlsxRows('surveymonkey-condensed.xlsx');
    expect(imp.format).toBe('surveymonkey');
    expect(imp.responses).toBe(rows.length - 2);
    expect(questions.map((x) => x.type)).toEqual(['likert', 'likert', 'likert', 'nps', 'text']);
    const speed = q('Please rate the following: — Speed of service');
    expect(speed.mean).toBeCloseTo(columnMean(rows, 2, 10, (c) => SM_QUALITY[c]).mean, 9);
    const nps = rows.slice(2).map((r) => Number(r[12]));
    const here = ((nps.filter((x) => x >= 9).length - nps.filter((x) => x <= 6).length) / nps.length) * 100;
    expect((q('How likely is it that you would recommend us to a friend or colleague?') as Q & { nps: number }).nps).toBeCloseTo(here, 9);
  });

  it('a sheet typed by hand: title row skipped, the merged group name carried over its sub-questions', async () => {
    const { imp, questions, q } = importFile('hand-merged-headers.xlsx');
    const rows = await xlsxRows('hand-merged-headers.xlsx');
    expect(imp.responses).toBe(rows.length - 3);
    expect(questions.map((x) => [x.text, x.type])).toEqual([
      ['姓名', 'text'],
      ['服务评价 — 服务态度', 'likert'],
      ['服务评价 — 响应速度', 'likert'],
      ['服务评价 — 环境整洁', 'likert'],
      ['推荐意愿(0-10)', 'nps'],
      ['建议', 'text'],
    ]);
    const speed = q('服务评价 — 响应速度');
    const here = columnMean(rows, 3, 3, asInt);
    expect(speed.n).toBe(here.n);
    expect(speed.mean).toBeCloseTo(here.mean, 9);
  });

  for (const [file, q1, q2] of [
    ['limesurvey-other.csv', 'Which department did you visit?', 'Which services did you use?'],
    ['limesurvey-other-codes.csv', 'Q1', 'Q2'],
  ] as const) {
    it(`LimeSurvey ${file}: an "[other]" column is the write-in of the question's Other option, not a question`, () => {
      const { imp, questions, q } = importFile(file);
      const rows = csvRows(file).slice(1);
      expect(imp.format).toBe('limesurvey');
      expect(imp.responses).toBe(rows.length);
      expect(imp.warnings).toBe(0);
      expect(questions.map((x) => [x.text, x.type])).toEqual([
        [q1, 'single'],
        [q2, 'multiple'],
        [file.includes('codes') ? 'Q3' : 'How satisfied are you overall?', 'likert'],
      ]);
      const single = q(q1);
      const chosenOther = rows.filter((r) => r[5] === 'Other' || r[5] === '-oth-').length;
      expect(single.distribution.find((d) => d.label === 'Other')?.count).toBe(chosenOther);
      expect(single.otherTexts).toBe(rows.filter((r) => r[6] !== '').length);
      expect(single.n).toBe(rows.length);
      const multi = q(q2);
      const withText = rows.filter((r) => r[10] !== '').length;
      expect(multi.distribution.find((d) => d.label === 'Other')?.count).toBe(withText);
      expect(multi.otherTexts).toBe(withText);
      // Respondents who chose anything, "Other" included, each counted once.
      expect(multi.n).toBe(rows.filter((r) => r.slice(7, 11).some((c) => c !== '')).length);
    });
  }
});
