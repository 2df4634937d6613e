/**
 * Property tests: thousands of malformed inputs thrown at the reader and layout detection.
 * Whatever comes in, the result is either a well-formed table or an ImportError naming the
 * file — never another exception, never a hang. Well-formed tables survive a write → read
 * round trip in every delimiter, line end and encoding.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../electron/backend/import/errors';
import { readTableBuffer } from '../../../../electron/backend/import/read-table';
import { detectLayout } from '../../../../shared/domain/survey/layout';
import { toDelimited } from '../../../fixtures/surveys/make-fixtures';

const NAMES = ['survey.csv', 'survey.tsv', 'survey.xlsx', 'survey.xls', 'export.txt', 'no-extension'];

/** Reads `bytes`; passes if the table is well formed or the error is an ImportError naming the file. */
async function survives(bytes: Uint8Array, name: string, opts?: { encoding?: string; delimiter?: string }): Promise<void> {
  let table;
  try {
    table = await readTableBuffer(bytes, name, opts);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.message).toContain(name);
    expect(e.code).toBe('validation');
    return;
  }
  expect(table.rows.length).toBeGreaterThan(0);
  for (const row of table.rows) for (const cell of row) expect(typeof cell).toBe('string');
  const layout = detectLayout(table.rows);
  expect(layout.dataStartRow).toBeLessThanOrEqual(table.rows.length);
  layout.columns.forEach((c, i) => expect(c.index).toBe(i));
}

const name = fc.constantFrom(...NAMES);
const TRICKY = ['"', '""', ',', ';', '\t', '|', '\r', '\n', '\r\n', 'a', 'Z', '1', ' ', '中', 'é', '┋', '€', '\u0000', '\ufeff', '\ufffd', 'sep=;'];
const ENCODINGS = ['utf8', 'utf16le', 'utf16be', 'gbk', 'win1252'] as const;
const BOMS: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], gbk: [], win1252: [] };

/** Cuts `base` at a random point and flips a few random bytes. */
const damaged = (base: Uint8Array) =>
  fc.tuple(fc.integer({ min: 0, max: base.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 })).map(([cut, flips]) => {
    const out = Buffer.from(base.subarray(0, cut));
    for (const [at, v] of flips) if (out.length) out[at % out.length] = v;
    return out;
  });

let xlsx: Buffer;
let xls: Buffer;
const csv = Buffer.from(toDelimited([['id', 'Q1. 满意度', 'Comment'], ['1', '非常满意', 'a, "b"\nc'], ['2', '一般', '']], ',', '\r\n'), 'utf8');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Responses');
  ws.addRow(['Timestamp', 'Score', 'Formula']);
  for (let i = 0; i < 20; i++) ws.addRow([new Date(Date.UTC(2026, 2, 1 + i)), i % 5, { formula: `B${i + 2}*2`, result: (i % 5) * 2 }]);
  xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['序号', '1、性别'], ...Array.from({ length: 20 }, (_, i) => [i + 1, i % 2 ? '男' : '女'])]), 'Sheet1');
  xls = XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
});

describe('malformed input', () => {
  it('random bytes under any name', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 1500 }), name, (b, n) => survives(b, n)), { numRuns: 1200 });
  });

  it('random bytes behind a zip, OLE or BOM signature', async () => {
    const magic = fc.constantFrom([0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    await fc.assert(
      fc.asyncProperty(magic, fc.uint8Array({ maxLength: 1500 }), name, (m, b, n) => survives(Buffer.concat([Buffer.from(m), b]), n)),
      { numRuns: 500 },
    );
  });

  it('text built from quotes, delimiters, line ends, NULs and BOMs in every encoding', async () => {
    const text = fc.array(fc.constantFrom(...TRICKY), { maxLength: 200 }).map((xs) => xs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...ENCODINGS), fc.boolean(), name, fc.option(fc.constantFrom('gbk', 'utf8', 'cp1252', 'utf-16')), async (t, enc, bom, n, forced) => {
        const bytes = Buffer.concat([Buffer.from(bom ? BOMS[enc]! : []), iconv.encode(t, enc)]);
        await survives(bytes, n, forced ? { encoding: forced } : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('truncated and corrupted CSV, XLSX and XLS files', async () => {
    await fc.assert(fc.asyncProperty(damaged(csv), name, (b, n) => survives(b, n)), { numRuns: 600 });
    await fc.assert(fc.asyncProperty(damaged(xlsx), (b) => survives(b, 'survey.xlsx')), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(damaged(xls), (b) => survives(b, 'survey.xls')), { numRuns: 300 });
  });

  it('layout detection on arbitrary tables', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'Response', '{"ImportId":"QID1"}', '序号', '1、性别', '5(服务)', 'Timestamp', 'id', 'submitdate', 'lastpage', 'Q1 [SQ001]', 'RespondentID', 'V1', 'V2', 'ResponseID', 'ResponseSet'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), (rows) => {
        const l = detectLayout(rows);
        const width = Math.max(0, ...rows.slice(l.dataStartRow - l.headerRows).map((r) => r.length));
        expect(l.columns).toHaveLength(l.headerRows === 0 ? 0 : width);
        expect(l.dataStartRow).toBeLessThanOrEqual(rows.length);
        expect(l.dataStartRow).toBeGreaterThanOrEqual(l.headerRows);
        for (const c of l.columns) expect(typeof c.question).toBe('string');
        for (const role of ['respondent-id', 'submitted-at', 'duration']) expect(l.columns.filter((c) => c.role === role).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('well-formed tables', () => {
  // A cell may hold anything but a lone trailing CR (indistinguishable from a CRLF line end
  // in an LF file) or a leading BOM; U+FFFD is left out because it is how decoding errors show.
  const cell = fc.array(fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', '中', 'é', '┋', '😀'), { maxLength: 8 }).map((xs) => xs.join(''));
  const table = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 })
    .filter((rows) => rows[rows.length - 1]!.some((c) => c !== ''));

  it('round-trip through every delimiter, line end and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        table, fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\r\n', '\n', '\r'), fc.boolean(), fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'gb18030'),
        async (rows, delimiter, newline, quoteAll, enc) => {
          const text = toDelimited(rows, delimiter, newline, quoteAll);
          const bytes =
            enc === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
            : enc === 'gb18030' ? iconv.encode(text, 'gb18030')
            : Buffer.concat([Buffer.from(enc === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
          const read = await readTableBuffer(bytes, 'round-trip.csv', { delimiter, encoding: enc === 'gb18030' ? 'gb18030' : undefined });
          expect(read.rows).toEqual(rows);
          expect(read.encoding).toBe(enc === 'utf-8-bom' ? 'utf-8' : enc);
          // Quoted everywhere and rectangular, the delimiter is also found without being told.
          if (quoteAll && rows[0]!.length > 1 && rows.every((r) => r.length === rows[0]!.length)) {
            expect((await readTableBuffer(bytes, 'round-trip.csv', { encoding: enc === 'gb18030' ? 'gb18030' : undefined })).rows).toEqual(rows);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
