/**
 * Reading XLSX (exceljs) and XLS (SheetJS) sheets into the same strings: ISO dates, plain
 * numbers, formulas' saved results with a warning, rich text flattened; refusing damaged
 * workbooks and unknown or empty sheets with the sheet names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dateKindOfFormat, numberText } from '../../../../electron/backend/import/cell-text';
import { ImportError } from '../../../../electron/backend/import/errors';
import { readTableBuffer, readTableFile } from '../../../../electron/backend/import/read-table';
import { readXls } from '../../../../electron/backend/import/read-xls';
import { Warnings } from '../../../../electron/backend/import/table';
import { useTmpDir } from '../../../support/tmp';
import { withRepeatedSheet } from '../../../support/zip-bomb';

const tmp = useTmpDir();
const SAMPLES = resolve(import.meta.dirname, '../../../fixtures/samples');
const DAMAGED = resolve(import.meta.dirname, '../../../fixtures/damaged');

async function readError(read: Promise<unknown>): Promise<ImportError> {
  const e = await read.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

/** A workbook with an empty first sheet and every kind of cell value in the second. */
async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Empty');
  const ws = wb.addWorksheet('Data');
  ws.addRow(['When', 'Date only', 'Time', 'Number', 'Formula', 'Rich', 'Link', 'Bool', 'Err', 'Merged', '']);
  const r2 = ws.addRow([
    new Date(Date.UTC(2026, 2, 1, 9, 15, 0)), new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(1899, 11, 30, 0, 2, 16)), 0.1 + 0.2,
    { formula: 'D2*2', result: 0.6000000000000001 }, { richText: [{ text: 'Very ', font: { bold: true } }, { text: 'good' }] },
    { text: 'our site', hyperlink: 'https://example.com' }, true, { error: '#N/A' }, 'both', null,
  ]);
  r2.getCell(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
  r2.getCell(2).numFmt = 'yyyy-mm-dd';
  r2.getCell(3).numFmt = '[h]:mm:ss';
  ws.mergeCells('J2:K2');
  const r3 = ws.addRow([new Date(Date.UTC(2026, 2, 1, 9, 14, 59, 999)), 1234567.891, 1e-7, 123456789012345.67, -0, { formula: 'A1' }]);
  r3.getCell(1).numFmt = 'm/d/yyyy h:mm';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX', () => {
  it('reads every kind of cell as the text the importer expects', async () => {
    const t = await readTableBuffer(await richWorkbook(), 'rich.xlsx');
    expect([t.format, t.sheet, t.sheets, t.encoding, t.delimiter]).toEqual(['xlsx', 'Data', ['Empty', 'Data'], null, null]);
    expect(t.rows[1]).toEqual(['2026-03-01T09:15:00', '2026-03-01', '00:02:16', '0.3', '0.6', 'Very good', 'our site', 'TRUE', '#N/A', 'both', '']);
    expect(t.rows[2]).toEqual(['2026-03-01T09:15:00', '1234567.891', '0.0000001', '123456789012346', '0', '']);
    expect(t.warnings.map((w) => w.code)).toEqual(['import.warn.formula', 'import.warn.cellError', 'import.warn.formulaEmpty']);
    expect(t.warnings.map(({ row, column, message }) => ({ row, column, message }))).toEqual([
      { row: 2, column: 5, message: 'the cell has a formula (=D2*2); its saved result "0.6" was read' },
      { row: 2, column: 9, message: 'the cell shows the error #N/A' },
      { row: 3, column: 6, message: 'the cell has a formula (=A1) with no saved result; it was read as empty' },
    ]);
  });

  it('reads the sheet asked for, by name in any case, and lists the sheets when it is missing', async () => {
    const buf = await richWorkbook();
    expect((await readTableBuffer(buf, 'rich.xlsx', { sheet: 'data' })).sheet).toBe('Data');
    expect((await readError(readTableBuffer(buf, 'rich.xlsx', { sheet: 'Answers' }))).message).toBe('rich.xlsx has no sheet named "Answers"; its sheets are "Empty", "Data"');
    expect((await readError(readTableBuffer(buf, 'rich.xlsx', { sheet: 'Empty' }))).message).toBe('rich.xlsx, sheet "Empty" has no rows');
  });

  it('calls a truncated workbook, or text named .xlsx, damaged', async () => {
    const buf = await richWorkbook();
    expect((await readError(readTableBuffer(buf.subarray(0, buf.length >> 1), 'cut.xlsx'))).message).toMatch(/^cut\.xlsx is damaged or not an Excel file \(/);
    expect((await readError(readTableBuffer(Buffer.from('a,b\n1,2\n'), 'fake.xlsx'))).message).toBe('fake.xlsx is damaged or not an Excel file (it is not a zip archive)');
  });

  it('warns that the encoding and delimiter options do not apply to workbooks', async () => {
    const t = await readTableBuffer(await richWorkbook(), 'rich.xlsx', { encoding: 'gbk', delimiter: ';' });
    expect(t.warnings.slice(0, 2).map((w) => w.message)).toEqual([expect.stringContaining('encoding option'), expect.stringContaining('delimiter option')]);
  });
});

describe('XLSX, one sheet at a time', () => {
  /** "Answers" is small; "Log" has a million rows and more; "Broken" is cut off mid-tag. */
  async function threeSheets(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Answers').addRows([['Q1', 'Q2'], [1, 'yes']]);
    wb.addWorksheet('Log').addRow(['x']);
    wb.addWorksheet('Broken').addRow(['y']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const huge = await withRepeatedSheet(buf, 'xl/worksheets/sheet2.xml', '<row><c t="n"><v>1</v></c></row>'.repeat(1_000), 1_001);
    return withRepeatedSheet(huge, 'xl/worksheets/sheet3.xml', '<row><c t="n"><v>1</v></c', 1);
  }

  it('reads only the chosen sheet: a huge or damaged other sheet costs nothing', async () => {
    const buf = await threeSheets();
    for (const sheet of [undefined, 'Answers']) {
      const start = performance.now();
      const t = await readTableBuffer(buf, 'three.xlsx', { sheet });
      expect([t.sheet, t.sheets, t.rows]).toEqual(['Answers', ['Answers', 'Log', 'Broken'], [['Q1', 'Q2'], ['1', 'yes']]]);
      // Inflating the million rows only to count them (the size check) takes a fraction of this; parsing them takes far more.
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });

  it('refuses the huge sheet at its row limit, and names the damaged one, when they are chosen', async () => {
    const buf = await threeSheets();
    expect((await readError(readTableBuffer(buf, 'three.xlsx', { sheet: 'Log' }))).message).toBe('three.xlsx, sheet "Log" has more than 1,000,000 rows; split it into smaller files');
    expect((await readError(readTableBuffer(buf, 'three.xlsx', { sheet: 'Broken' }))).message).toMatch(/^three\.xlsx, sheet "Broken" is damaged or not an Excel file \(.+\)$/);
  }, 30_000);
});

describe('XLS (BIFF8)', () => {
  it('reads the real 问卷星 export', async () => {
    const t = await readTableFile(join(SAMPLES, 'wenjuanxing-800-text.xls'));
    expect([t.format, t.sheet, t.sheets, t.rows.length]).toEqual(['xls', 'Sheet1', ['Sheet1'], 801]);
    expect(t.rows[0]!.slice(0, 7)).toEqual(['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、手机部数']);
    expect(t.rows[1]).toEqual(['1', '', '', '', '', '', '1部', '3000-3499元', '男', '30~34岁', '5001-8000元', '运动┋影视┋购物', '30%左右', '娱乐八卦┋汽车类']);
    expect(t.warnings).toEqual([]);
  });

  it('reads dates and numbers in a generated .xls like the XLSX reader does', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['When', 'n', 'f']]);
    ws['A2'] = { t: 'n', v: 46082.385416666664, z: 'yyyy-mm-dd hh:mm:ss' };
    ws['B2'] = { t: 'n', v: 0.1 + 0.2 };
    ws['C2'] = { t: 'n', v: 3, f: '1+2' };
    ws['!ref'] = 'A1:C2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Antworten');
    const buf = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    const t = await readTableBuffer(buf, 'gen.xls');
    expect(t.rows).toEqual([['When', 'n', 'f'], ['2026-03-01T09:15:00', '0.3', '3']]);
    // SheetJS CE writes BIFF8 formulas as their values only, so no formula warning here.
    expect(t.warnings).toEqual([]);
  });

  it('calls a truncated .xls damaged, reads an HTML table named .xls, and reads text named .xls', async () => {
    const real = readFileSync(join(SAMPLES, 'wenjuanxing-800-text.xls'));
    expect((await readError(readTableBuffer(real.subarray(0, 20_000), 'cut.xls'))).message).toMatch(/^cut\.xls is damaged or not an Excel file/);
    const html = Buffer.from('\ufeff  <html><table><tr><td>序号</td><td>1、性别</td></tr><tr><td>1</td><td>男</td></tr></table></html>');
    const page = await readTableBuffer(html, 'export.xls');
    expect([page.format, page.rows]).toEqual(['html', [['序号', '1、性别'], ['1', '男']]]);
    const dir = tmp();
    writeFileSync(join(dir, 'export.xls'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('序号\t1、性别\r\n1\t男\r\n', 'utf16le')]));
    const t = await readTableFile(join(dir, 'export.xls'));
    expect([t.format, t.encoding, t.rows]).toEqual(['tsv', 'utf-16le', [['序号', '1、性别'], ['1', '男']]]);
    expect(t.warnings.map((w) => w.message)).toEqual(['is named .xls but holds text; it was read as delimited text']);
  });

  // Found by the fuzz test: a cut and flipped .xls on which SheetJS never returns.
  it('gives up on a damaged .xls the reader would parse forever, says what to do, and reads the next file', async () => {
    const stuck = readFileSync(join(DAMAGED, 'xls-endless-loop.xls'));
    const e = await readError(readXls(stuck, 'survey.xls', undefined, new Warnings(), 2_000));
    expect(e.message).toBe(
      'survey.xls could not be read: the .xls reader was still parsing after 2 s, which a damaged file causes; open it in Excel and save it as .xlsx or CSV',
    );
    const next = await readTableFile(join(SAMPLES, 'wenjuanxing-800-text.xls'));
    expect(next.rows).toHaveLength(801);
  }, 30_000);
});

describe('cell text', () => {
  it('writes numbers as plain decimals with Excel’s 15 significant digits', () => {
    const cases: [number, string][] = [[0.1 + 0.2, '0.3'], [-0, '0'], [1e21, '1000000000000000000000'], [1.5e-7, '0.00000015'], [-2.5e-10, '-0.00000000025'], [42, '42']];
    for (const [n, want] of cases) expect(numberText(n), String(n)).toBe(want);
  });

  it('tells date, date-time and time formats apart, ignoring literals and colours', () => {
    const cases: [string, string | null][] = [
      ['yyyy-mm-dd', 'date'], ['m/d/yyyy h:mm', 'datetime'], ['[h]:mm:ss', 'time'], ['mm:ss', 'time'], ['yyyy"年"m"月"d"日"', 'date'],
      ['[$-804]yyyy/m/d', 'date'], ['General', null], ['0.00', null], ['[Red]#,##0', null], ['"days"0', null],
    ];
    for (const [f, want] of cases) expect(dateKindOfFormat(f), f).toBe(want);
  });
});
