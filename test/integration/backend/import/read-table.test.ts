/**
 * Reading delimited text into rows — line ends, quoting, ragged rows, encodings — and
 * refusing bad files with a message that names file, row and column. Real files on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../electron/backend/import/errors';
import { errorMessage, wordMessage } from '../../../../shared/messages/errorText';
import { readTableBuffer, readTableFile, readTableText } from '../../../../electron/backend/import/read-table';
import { writeAllFixtures } from '../../../fixtures/surveys/make-fixtures';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

/** The ImportError a read fails with (the test fails if it succeeds or throws anything else). */
async function readError(read: Promise<unknown>): Promise<ImportError> {
  try {
    await read;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected the read to fail');
}

const text = (s: string, name = 'survey.csv') => readTableBuffer(Buffer.from(s, 'utf8'), name);

describe('generated exports in each tool’s encoding', () => {
  it('detects encoding and delimiter and reads every row', async () => {
    const fx = await writeAllFixtures(tmp());
    const expected: Record<string, [string | null, string | null, string]> = {
      wenjuanxing: ['gb18030', ',', 'csv'],
      limesurvey: ['utf-8', ',', 'csv'],
      qualtrics: ['utf-8', ',', 'csv'],
      qualtricsLegacy: ['utf-8', ',', 'csv'],
      googleForms: [null, null, 'xlsx'],
      utf16: ['utf-16le', '\t', 'tsv'],
      cp1252: ['windows-1252', ';', 'csv'],
    };
    for (const [name, f] of Object.entries(fx)) {
      const t = await readTableFile(f.path);
      expect([t.encoding, t.delimiter, t.format], name).toEqual(expected[name]);
      expect(t.rows.length, name).toBe(f.headerRows + f.respondents);
      expect(t.rows[0]!.length, name).toBe(f.columns);
      expect(t.warnings, name).toEqual([]);
    }
  });

  it('keeps GBK text, quotes and commas inside cells', async () => {
    const fx = await writeAllFixtures(tmp());
    const t = await readTableFile(fx.wenjuanxing!.path);
    expect(t.rows[0]![6]).toBe('1、您的性别：');
    expect(t.rows[5]![11]).toBe('价格再低一点,"服务"很好 5');
    const de = await readTableFile(fx.cp1252!.path);
    expect(de.rows[3]![3]).toBe('Preis: 12,50 €; zu teuer');
    expect(de.rows.slice(1).map((r) => r[0])).toEqual(fx.cp1252!.answers.name);
    const q = await readTableFile(fx.qualtrics!.path);
    expect(q.rows[6]![13]).toBe('Faster replies,\nand a "real" person on the phone');
  });

  it('reads the same bytes the same way when the encoding is given by any of its names', async () => {
    const fx = await writeAllFixtures(tmp());
    const auto = await readTableFile(fx.wenjuanxing!.path);
    for (const enc of ['gbk', 'GB2312', 'cp936', 'gb18030']) expect((await readTableFile(fx.wenjuanxing!.path, { encoding: enc })).rows).toEqual(auto.rows);
    const de = await readTableFile(fx.cp1252!.path);
    for (const enc of ['cp1252', 'latin1', 'Windows-1252']) expect((await readTableFile(fx.cp1252!.path, { encoding: enc })).rows).toEqual(de.rows);
    expect((await readTableFile(fx.utf16!.path, { encoding: 'utf-16' })).rows).toEqual((await readTableFile(fx.utf16!.path)).rows);
  });
});

describe('delimited text', () => {
  it('reads CRLF, LF, CR-only and mixed line ends alike', async () => {
    const want = [['a', 'b'], ['c', 'd'], ['e', 'f']];
    for (const s of ['a,b\r\nc,d\r\ne,f\r\n', 'a,b\nc,d\ne,f', 'a,b\rc,d\re,f\r', 'a,b\nc,d\r\ne,f\n']) expect((await text(s)).rows).toEqual(want);
  });

  it('keeps quoted delimiters, line breaks, doubled quotes and spaces', () => {
    const t = readTableText('q,"a, b","line 1\r\nline 2","say ""hi"""\n x , y ,,\n', 'q.csv');
    expect(t.rows).toEqual([['q', 'a, b', 'line 1\r\nline 2', 'say "hi"'], [' x ', ' y ', '', '']]);
  });

  it('keeps ragged rows as they are and warns about data past the header', async () => {
    const t = await text('h1,h2\n1\n1,2,3\n4,5,,\n');
    expect(t.rows).toEqual([['h1', 'h2'], ['1'], ['1', '2', '3'], ['4', '5', '', '']]);
    expect(t.warnings).toEqual([{ row: 3, column: 3, message: expect.stringContaining('column C has no header'), code: 'import.warn.extraCells', params: { cells: 3, header: 2, extra: 'C' } }]);
    expect(wordMessage('zh-CN', t.warnings[0]!.code!, t.warnings[0]!.params)).toBe('该行有 3 个单元格，但标题行只有 2 个；第 C 列没有标题');
  });

  it('warns when the last row is short and the file does not end with a line break', async () => {
    expect((await text('a,b,c\n1,2,3\n4,5')).warnings).toEqual([{ row: 3, column: null, message: expect.stringContaining('may have been cut short'), code: 'import.warn.shortLastRow', params: { cells: 2, header: 3 } }]);
    expect((await text('a,b,c\n1,2,3\n4,5\n')).warnings).toEqual([]);
  });

  it('drops trailing empty rows but keeps blank rows inside the data', async () => {
    expect((await text('a,b\n\n1,2\n\n,\n')).rows).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('honours Excel’s "sep=" line and an explicit delimiter', async () => {
    const t = await text('sep=;\na;b,c\n1;2,5\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([['a', 'b,c'], ['1', '2,5']]);
    expect((await readError(text('sep=;\na;b\n1;"x\n'))).message).toMatch(/^survey\.csv, row 3, column B:/);
    expect((await readTableBuffer(Buffer.from('a|b;c\n1|2;3\n'), 'x.csv', { delimiter: 'pipe' })).rows).toEqual([['a', 'b;c'], ['1', '2;3']]);
    expect((await readTableBuffer(Buffer.from('a b\n'), 'x.csv', { delimiter: 'tab' })).format).toBe('tsv');
  });

  it('accepts a Uint8Array as well as a Buffer', async () => {
    const t = await readTableBuffer(new TextEncoder().encode('ä,b\n1,2\n'), 'u.csv');
    expect(t.rows).toEqual([['ä', 'b'], ['1', '2']]);
  });
});

describe('refusing text files it cannot read faithfully', () => {
  it('names an empty file and one with only blank lines', async () => {
    expect((await readError(text(''))).message).toBe('survey.csv is empty: it has no rows');
    expect((await readError(text('\r\n\r\n,,\r\n'))).message).toBe('survey.csv has no rows');
  });

  it('names row and column of an unterminated quote', async () => {
    const e = await readError(text('a,b\n1,2\n3,"open\n4,5\n'));
    expect(e.message).toBe('survey.csv, row 3, column B: unterminated quoted field: a " opens a cell that is never closed');
    expect([e.row, e.column, e.params]).toEqual([3, 2, expect.objectContaining({ file: 'survey.csv', row: 3, column: 'B' })]);
    expect(e.code).toBe('validation');
  });

  it('words each refusal in Chinese from its code, with the place in Chinese too', async () => {
    const zh = async (read: Promise<unknown>) => errorMessage('zh-CN', (await readError(read)).toJSON());
    expect(await zh(text('', 'empty.csv'))).toBe('empty.csv 是空文件，没有任何行');
    expect(await zh(text('\r\n,,\r\n'))).toBe('survey.csv 没有任何行');
    expect(await zh(text('a,b\n1,2\n3,"open\n4,5\n'))).toBe('survey.csv，第 3 行，第 B 列：引号未闭合：一个 " 开始的单元格没有结束');
    expect(await zh(readTableBuffer(Buffer.from('a b\n'), 'x.csv', { delimiter: '#' }))).toBe('x.csv 无法按“#”分列；请使用 , ; tab | 之一');
    const gbk = iconv.encode('题目,答案\n服务,很好\n', 'gbk');
    expect(await zh(readTableBuffer(gbk, 'gbk.csv', { encoding: 'utf8' }))).toBe('gbk.csv 看起来不是 utf-8 编码；请改用 gb18030 编码');
    expect(await zh(readTableBuffer(Buffer.from('PK\x03\x04 not a zip'), 'fake.xlsx'))).toMatch(/^fake\.xlsx 已损坏或不是 Excel 文件/);
  });

  it('refuses text after a closing quote rather than swallowing the rest of the file', async () => {
    expect((await readError(text('a,b\n"x"y,z\nc,d\n'))).message).toMatch(/^survey\.csv, row 2, column A: text follows a closing quote/);
  });

  it('refuses a cell over Excel’s 32,767 characters, naming it', async () => {
    const e = await readError(text(`a,b\n1,${'x'.repeat(32_768)}\n`));
    expect(e.message).toMatch(/^survey\.csv, row 2, column B: the cell holds 32,768 characters/);
  });

  it('refuses more than 2,000 columns or 1,000,000 rows', async () => {
    expect((await readError(text(Array(2001).fill('q').join(',')))).message).toMatch(/^survey\.csv, row 1: has 2001 cells/);
    expect((await readError(text('a\n'.repeat(1_000_001)))).message).toMatch(/^survey\.csv has more than 1,000,000 rows/);
  });

  it('says when the chosen encoding is wrong, and which to try', async () => {
    const gbk = iconv.encode('序号,性别,满意度\r\n1,男,非常满意\r\n2,女,一般\r\n', 'gbk');
    expect((await readError(readTableBuffer(gbk, 'gbk.csv', { encoding: 'utf8' }))).message).toBe('gbk.csv looks like it is not utf-8; try --encoding gb18030');
    const utf8 = Buffer.from('名前,Größe\nÄ,é\n', 'utf8');
    expect((await readError(readTableBuffer(utf8, 'u.csv', { encoding: 'utf-16le' }))).message).toMatch(/^u\.csv looks like it is not utf-16le; try --encoding utf-8/);
    expect((await readError(readTableBuffer(gbk, 'gbk.csv', { encoding: 'klingon' }))).message).toMatch(/^gbk\.csv cannot be read as "klingon": unknown encoding/);
  });

  it('names the line where a UTF-8 file switches to another encoding', async () => {
    const mixed = Buffer.concat([Buffer.from('name,comment\nZoë,très bien\n', 'utf8'), iconv.encode('Chloé,très bien\n', 'win1252'), Buffer.from('Zoë,gut\n', 'utf8')]);
    expect((await readError(readTableBuffer(mixed, 'mixed.csv'))).message).toMatch(/^mixed\.csv mixes encodings: line 3 has a byte \(0xE9\)/);
  });

  it('warns, not fails, when a file ends in the middle of a character', async () => {
    const cut = Buffer.from('a,b\n1,满意', 'utf8').subarray(0, -1);
    const t = await readTableBuffer(cut, 'cut.csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.warnings.map((w) => w.message)).toEqual([expect.stringContaining('ends in the middle of a character')]);
  });

  it('refuses binary data and files it cannot open', async () => {
    const bin = Buffer.alloc(4000, 0);
    bin.write('PDF-ish');
    expect((await readError(readTableBuffer(bin.subarray(1), 'data.csv'))).message).toMatch(/^data\.csv is not a text table: it holds binary data/);
    const dir = tmp();
    expect((await readError(readTableFile(join(dir, 'missing.csv')))).message).toMatch(/missing\.csv cannot be read \(ENOENT/);
    mkdirSync(join(dir, 'folder.csv'));
    expect((await readError(readTableFile(join(dir, 'folder.csv')))).message).toMatch(/folder\.csv is a folder/);
    writeFileSync(join(dir, 'ok.csv'), 'a\n1\n');
    expect((await readError(readTableFile(join(dir, 'ok.csv'), { delimiter: '#' }))).message).toMatch(/ok\.csv cannot be split on "#"/);
  });
});
