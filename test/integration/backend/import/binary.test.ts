/**
 * A binary file under a text name is refused before decoding, with a message that names the
 * file and what it looks like — not read as "a TSV with 13 responses" of garbage.
 */
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTableBuffer } from '../../../../electron/backend/import/read-table';
import { AppError } from '../../../../shared/errors';
import { messageText } from '../../../../shared/messages/catalog';

async function refusal(bytes: Uint8Array, name: string): Promise<AppError | null> {
  try {
    await readTableBuffer(bytes, name);
    return null;
  } catch (e) {
    return e as AppError;
  }
}

/** Deterministic pseudo-random bytes (xorshift), like a photo or archive renamed .csv. */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('binary input', () => {
  it('refuses random bytes renamed .csv or .tsv, naming the file, in both languages', async () => {
    for (const [seed, name] of [[7, 'responses.csv'], [12345, 'export.tsv'], [99, 'data.txt']] as const) {
      const e = await refusal(randomBytes(20_000, seed), name);
      expect(e, name).not.toBeNull();
      expect(e!.code).toBe('validation');
      expect(e!.messageCode).toBe('import.file.binaryData');
      expect(e!.message).toContain(name);
      expect(messageText('zh-CN', 'import.file.binaryData', e!.params)).toContain(`${name} 不是文本表格`);
    }
  });

  it('says what a known binary format looks like', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3000, 3)]);
    const e = await refusal(png, 'survey.csv');
    expect(e!.message).toMatch(/^survey\.csv is not a text table: it looks like a PNG file/);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000, 4)]);
    expect((await refusal(pdf, 'survey.csv'))!.params?.looksLike).toBe('PDF');
  });

  it('never refuses real text: UTF-8, GB18030, UTF-16 LE and BE, a form feed', async () => {
    const text = '序号,满意度,备注\r\n1,非常满意,很好\r\n2,满意,"一般,还行"\r\n3,不满意,\f\r\n';
    expect(await refusal(Buffer.from(text), 'a.csv')).toBeNull();
    expect(await refusal(iconv.encode(text, 'gb18030'), 'a.csv')).toBeNull();
    expect(await refusal(iconv.encode(text, 'utf-16le', { addBOM: true }), 'a.csv')).toBeNull();
    expect(await refusal(iconv.encode(text.replace(/,/g, '\t'), 'utf-16be', { addBOM: true }), 'a.tsv')).toBeNull();
    fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ minLength: 1, maxLength: 12 }).map((s) => [...s].map((c) => (c.charCodeAt(0) < 32 || c === '"' || c === ',' ? 'x' : c)).join('')), { minLength: 2, maxLength: 5 }), { minLength: 2, maxLength: 20 }), async (rows) => {
        const csv = rows.map((r) => r.join(',')).join('\n') + '\n';
        const e = await refusal(Buffer.from(csv), 'p.csv');
        expect(e?.messageCode).not.toBe('import.file.binaryData');
      }),
      { numRuns: 200 },
    );
  });
});
