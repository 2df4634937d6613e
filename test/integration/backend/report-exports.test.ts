/**
 * The XLSX, CSV and HTML exports of the hand-made comparison, read back with real tools:
 * exceljs for the workbook, a UTF-8 decoder and papaparse for the CSV, the raw markup for the HTML.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderReport, reportFileName } from '../../../electron/backend/report/build';
import { textCell } from '../../../electron/backend/report/csv';
import type { ReportInput } from '../../../electron/backend/report/model';
import { sheetName } from '../../../electron/backend/report/xlsx';
import { FIXTURE_GROUPS, HOSTILE, fixtureComparison, fixtureJourney, fixtureMapComparison } from '../../support/comparison-fixture';

const noPdf = async (): Promise<Buffer> => {
  throw new Error('no PDF here');
};

const input = (lang: 'zh-CN' | 'en' = 'zh-CN'): ReportInput => ({
  comparison: fixtureComparison(),
  lang,
  journey: fixtureJourney(lang),
  mapComparison: fixtureMapComparison(),
  generatedAt: new Date('2026-11-02T09:00:00Z'),
});

async function workbook(lang: 'zh-CN' | 'en') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReport(input(lang), 'xlsx', noPdf)) as unknown as ArrayBuffer);
  return wb;
}

describe('XLSX', () => {
  it('has a sheet per breakdown, the aggregates, the map versions and the method, in Chinese', async () => {
    const wb = await workbook('zh-CN');
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('整体');
    expect(names.slice(1, 4)).toEqual(['华东', '西南', sheetName(FIXTURE_GROUPS[2].group, new Set())]);
    expect(names.slice(4)).toEqual(['原始汇总', '地图版本', '方法说明']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('writes real numbers with formats, freezes and filters the header, keeps Chinese and hostile text as text', async () => {
    const wb = await workbook('zh-CN');
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const row = (label: string) => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col('项目')).value === label) return ws.getRow(r);
      throw new Error(`no row ${label}`);
    };
    const q1 = row('Q1 报修电话接通速度');
    expect(q1.getCell(col('前测 均值')).value).toBe(2.9);
    expect(q1.getCell(col('后测 前两项占比')).value).toBe(0.52);
    expect(q1.getCell(col('后测 前两项占比')).numFmt).toBe('0.0%');
    expect(q1.getCell(col('变化')).value).toBeCloseTo(0.5, 10);
    expect(q1.getCell(col('p 值')).numFmt).toContain('0.0000');
    expect(q1.getCell(col('结论')).value).toBe('改善');
    const q2 = row('Q2 转接次数');
    expect(q2.getCell(col('变化')).value).toBeCloseTo(-0.2, 10);
    expect(typeof q2.getCell(col('变化')).value).toBe('number');
    expect(row('NPS 推荐意愿').getCell(col('后测 NPS')).value).toBeCloseTo(13.1, 0);
    const evil = row(HOSTILE.formula);
    expect(evil.getCell(col('项目')).type).toBe(ExcelJS.ValueType.String);
    expect(row('需要体验').getCell(col('类型')).value).toBe('体验维度');
    // the hidden group: n kept, numbers withheld
    const hidden = wb.worksheets[3]!;
    expect(hidden.getRow(2).getCell(col('前测 均值')).value).toBeNull();
    expect(hidden.getRow(2).getCell(col('已隐藏')).value).toBe('是');
    expect(typeof hidden.getRow(2).getCell(col('前测 样本')).value).toBe('number');
  });

  it('lists both sides of every item in the aggregates sheet, with NPS parts', async () => {
    const wb = await workbook('en');
    const ws = wb.getWorksheet('Aggregates')!;
    const c = fixtureComparison();
    expect(ws.rowCount).toBe(1 + c.items.length * 2);
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const npsRow = [...Array(ws.rowCount).keys()].map((k) => ws.getRow(k + 1)).find((r) => r.getCell(3).value === 'NPS 推荐意愿' && r.getCell(4).value === 'Before')!;
    expect(npsRow.getCell(header.indexOf('Promoters') + 1).value).toBe(124);
    expect(npsRow.getCell(header.indexOf('Detractors') + 1).value).toBe(152);
    expect(npsRow.getCell(header.indexOf('95% CI low') + 1).value).toBeTypeOf('number');
  });
});

describe('CSV', () => {
  async function csv(lang: 'zh-CN' | 'en') {
    const bytes = await renderReport(input(lang), 'csv', noPdf);
    return { bytes, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  }

  it('is UTF-8 with a BOM and CRLF, one row per item, Chinese intact', async () => {
    const { bytes, text } = await csv('zh-CN');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(1 + fixtureComparison().items.length);
    expect(rows[0]!.slice(0, 3)).toEqual(['分组', '类型', '项目']);
    expect(rows[1]!.slice(0, 3)).toEqual(['全部', '题目', 'Q1 报修电话接通速度']);
    expect(rows.some((r) => r[0] === '华东')).toBe(true);
  });

  it('neutralises formula text but leaves negative numbers alone', async () => {
    const { text } = await csv('en');
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    const header = rows[0]!;
    const at = (name: string) => header.indexOf(name);
    const evil = rows.find((r) => r[at('Item')]!.includes('HYPERLINK'))!;
    expect(evil[at('Item')]).toBe(`'${HOSTILE.formula}`);
    const q2 = rows.find((r) => r[at('Item')] === 'Q2 转接次数')!;
    expect(q2[at('Change')]).toBe('-0.2');
    expect(Number(q2[at('Change')])).toBeCloseTo(-0.2, 10);
    const group = rows.find((r) => r[at('Group')]!.includes('script'))!;
    expect(group[at('Group')]).toBe(FIXTURE_GROUPS[2].group); // starts with "<": harmless, kept as is
    expect(rows.every((r) => r.every((cell) => !/^[=+@\t\r]/.test(cell) && !/^-[^0-9.]/.test(cell)))).toBe(true);
    for (const s of ['=1+1', '+1', '-x', '@a', '\tx', '\rx']) expect(textCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(textCell('a "b", c')).toBe('"a ""b"", c"');
  });
});

describe('HTML', () => {
  async function html(lang: 'zh-CN' | 'en') {
    return (await renderReport(input(lang), 'html', noPdf)).toString('utf8');
  }

  it('is self-contained: a strict CSP, no scripts, no external URLs', async () => {
    const doc = await html('en');
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // no event-handler attribute in any tag
    expect(doc).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(doc).not.toMatch(/url\(\s*['"]?https?:/i);
    expect(doc).not.toMatch(/<(?:iframe|object|embed|link|foreignObject)/i);
  });

  it('escapes user text in labels, titles, group names and answers', async () => {
    const doc = await html('zh-CN');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(doc).not.toContain('<img');
    expect(doc).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)');
  });

  it('has the cover, summary, charts, the map overlay, tables and method, in both languages', async () => {
    const zh = await html('zh-CN');
    for (const s of ['前后对比报告', '有所改善', '有所下滑', '各项变化', '净推荐值', '客户旅程地图', '旅程地图版本对比', '详细结果', '分组：华东', '方法说明', '售后维修服务']) expect(zh).toContain(s);
    expect((zh.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(zh).toMatch(/data-touchpoint="tp-1" data-direction="worse"/);
    const en = await html('en');
    for (const s of ['Before/after comparison', 'What improved', 'What got worse', 'Method', 'Group: 华东']) expect(en).toContain(s);
    expect(en.length).toBeLessThan(400_000);
  });
});

describe('file names', () => {
  it('are built from the round labels and safe on every file system', () => {
    expect(reportFileName('基线 2026-H1', '复测 2026-H2', 'pdf')).toBe('comparison-基线-2026-H1-复测-2026-H2.pdf');
    expect(reportFileName('../../etc/passwd', 'a:b*c?', 'csv')).toBe('comparison-etc-passwd-a-b-c.csv');
    expect(reportFileName('', '///', 'xlsx')).toBe('comparison-round-round.xlsx');
  });
});
