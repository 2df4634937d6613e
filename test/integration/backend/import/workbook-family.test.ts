/**
 * The workbook family beyond XLSX and BIFF .xls, read by what the bytes are and never by the
 * name: OpenDocument (.ods as LibreOffice and WPS save it, flat .fods), .xlsb, the HTML and
 * Excel 2003 XML tables that web tools download under an .xls name (in UTF-8 or GBK), and a
 * web page with no table — a sign-in page saved as the export — refused, naming the file,
 * instead of read as a one-column CSV. Each workbook is written from a real export (the
 * SurveyMonkey steak sample) and must give back the very rows the CSV gives.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../electron/backend/import/errors';
import { readTableBuffer } from '../../../../electron/backend/import/read-table';
import { wordMessage } from '../../../../shared/messages/errorText';

const SAMPLE = join(resolve(import.meta.dirname, '../../../fixtures/samples'), 'surveymonkey-steak-risk.csv');

async function refusal(read: Promise<unknown>): Promise<ImportError> {
  const e = await read.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('workbooks other than XLSX, and tables in web pages', async () => {
  const csv = await readTableBuffer(readFileSync(SAMPLE), 'steak.csv');
  // Written by SheetJS from the CSV's own rows, every cell a string, as the export tools write them.
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(csv.rows), 'Responses');
  const written = (bookType: XLSX.BookType) => XLSX.write(book, { bookType, type: 'buffer' }) as Buffer;
  /** Rows as the reader gives them, without trailing empty cells (the CSV keeps its commas). */
  const trimmed = (rows: string[][]) => rows.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  });

  it.each([
    ['ods', 'steak.ods', 'ods'],
    ['fods', 'steak.fods', 'fods'],
    ['xlsb', 'steak.xlsb', 'xlsb'],
    ['html', 'steak.xls', 'html'],
    ['xlml', 'steak.xls', 'xml'],
  ] as const)('reads %s (%s) into the same rows as the CSV', async (bookType, name, format) => {
    const t = await readTableBuffer(written(bookType), name);
    expect(t.format).toBe(format);
    expect(t.rows).toHaveLength(csv.rows.length);
    expect(trimmed(t.rows)).toEqual(trimmed(csv.rows));
  });

  it('reads an OpenDocument file whatever it is called', async () => {
    const t = await readTableBuffer(written('ods'), 'export.zip');
    expect([t.format, t.rows.length]).toEqual(['ods', csv.rows.length]);
  });

  it('reads a GBK web-page table saved as .xls, keeping codes and scale labels as written', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table border="1">
<tr><td>序号</td><td>1、您对销售顾问的接待满意吗？</td><td>2、电话被转接了几次</td><td>编号</td></tr>
<tr><td>1</td><td>非常满意</td><td>2</td><td>007</td></tr>
<tr><td>2</td><td>5 - 满意</td><td>0</td><td>010</td></tr>
</table></body></html>`;
    const t = await readTableBuffer(iconv.encode(page, 'gbk'), '问卷星导出.xls');
    expect(t.format).toBe('html');
    expect(t.encoding).toMatch(/^(gbk|gb18030|gb2312)$/i);
    expect(t.rows).toEqual([
      ['序号', '1、您对销售顾问的接待满意吗？', '2、电话被转接了几次', '编号'],
      ['1', '非常满意', '2', '007'],
      ['2', '5 - 满意', '0', '010'],
    ]);
  });

  it('refuses a web page with no table, under any name, naming the file in both languages', async () => {
    const page = Buffer.from('\ufeff<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Password</form></body></html>');
    for (const name of ['responses.csv', 'export.xls', 'data.txt']) {
      const e = await refusal(readTableBuffer(page, name));
      expect(e.messageCode).toBe('import.read.pageWithoutTable');
      expect(e.message.startsWith(`${name} is a web page or XML document with no table in it`)).toBe(true);
      expect(wordMessage('zh-CN', e.messageCode!, e.params)).toContain(`${name} 是不含表格的网页`);
    }
  });

  it('still reads text that only mentions a tag, and text named .xls, as delimited text', async () => {
    const t = await readTableBuffer(Buffer.from('Q1,Q2\n"<b>bold</b> answer",5\n'), 'notes.csv');
    expect([t.format, t.rows]).toEqual(['csv', [['Q1', 'Q2'], ['<b>bold</b> answer', '5']]]);
  });
});
