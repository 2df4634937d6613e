/**
 * Encoding and delimiter detection on byte patterns the importer meets: BOMs, BOM-less
 * UTF-16, UTF-8, GBK from mainland Chinese Excel, Big5 from Traditional Chinese Excel,
 * Shift_JIS and EUC-KR, and cp1252 from western Excel.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffNewline } from '../../../../electron/backend/import/delimiter';
import { decodeBuffer, detectEncoding, normaliseEncodingName } from '../../../../electron/backend/import/encoding';

const bytes = (...b: number[]) => Buffer.from(b);

describe('detectEncoding', () => {
  it('trusts a BOM first', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bom: true, confidence: 1 });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toMatchObject({ encoding: 'utf-16be', bom: true });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    const s = 'Name\tScore\r\n张三\t5\r\nLi\t4\r\n';
    expect(detectEncoding(Buffer.from(s, 'utf16le'))).toMatchObject({ encoding: 'utf-16le', bom: false });
    expect(detectEncoding(Buffer.from(s, 'utf16le').swap16())).toMatchObject({ encoding: 'utf-16be', bom: false });
  });

  it('takes valid UTF-8 (and plain ASCII) as UTF-8', () => {
    expect(detectEncoding(Buffer.from('序号,满意度\n1,非常满意\n'))).toEqual({ encoding: 'utf-8', bom: false, confidence: 1 });
    expect(detectEncoding(Buffer.from('a,b\n1,2\n')).encoding).toBe('utf-8');
  });

  it('tells GBK from cp1252, even in short files', () => {
    for (const s of ['男', '性别,满意度\r\n男,非常满意\r\n', '1、您对本次服务的总体满意度：', '张三;销售部;4']) {
      expect(detectEncoding(iconv.encode(s, 'gbk')).encoding, s).toBe('gb18030');
    }
    for (const s of ['Café', 'Name;Größe;Zufriedenheit\r\nMüller;1,80;4\r\n', 'Très satisfait', '“quoted”—dash', 'naïve façade']) {
      expect(detectEncoding(iconv.encode(s, 'win1252')).encoding, s).toBe('windows-1252');
    }
  });

  it('tells Big5 from GBK by which one reads as Chinese, and reads Japanese and Korean Excel text', () => {
    const traditional = ['序號,1、您對銷售顧問的接待滿意嗎？,2、電話被轉接了幾次', ...Array.from({ length: 30 }, (_, i) => `${i + 1},${['非常滿意', '滿意', '一般', '不滿意'][i % 4]},${i % 3}`)].join('\r\n');
    const simplified = traditional.replace(/號/g, '号').replace(/對/g, '对').replace(/銷/g, '销').replace(/顧問/g, '顾问').replace(/滿/g, '满').replace(/嗎/g, '吗').replace(/電話/g, '电话').replace(/轉/g, '转').replace(/幾/g, '几');
    expect(detectEncoding(iconv.encode(traditional, 'big5')).encoding).toBe('big5');
    expect(decodeBuffer(iconv.encode(traditional, 'big5'), 'big5')).toBe(traditional);
    expect(detectEncoding(iconv.encode(simplified, 'gbk')).encoding).toBe('gb18030');
    // Short Big5 answers, one per line, as a single-question export has them.
    expect(detectEncoding(iconv.encode('滿意度\r\n非常滿意\r\n滿意\r\n不滿意\r\n', 'big5')).encoding).toBe('big5');
    const japanese = ['回答番号,満足度,ご意見', ...Array.from({ length: 20 }, (_, i) => `${i + 1},${['とても満足', '満足', '普通', '不満'][i % 4]},対応が丁寧でした`)].join('\r\n');
    expect(detectEncoding(iconv.encode(japanese, 'shift_jis')).encoding).toBe('shift_jis');
    expect(decodeBuffer(iconv.encode(japanese, 'shift_jis'), 'shift_jis')).toBe(japanese);
    const korean = ['응답 번호,만족도,의견', ...Array.from({ length: 20 }, (_, i) => `${i + 1},${['매우 만족', '만족', '보통', '불만족'][i % 4]},친절했습니다`)].join('\r\n');
    expect(detectEncoding(iconv.encode(korean, 'euc-kr')).encoding).toBe('euc-kr');
    expect(decodeBuffer(iconv.encode(korean, 'euc-kr'), 'euc-kr')).toBe(korean);
  });

  it('calls a UTF-8 file cut mid-character UTF-8', () => {
    expect(detectEncoding(Buffer.from('a,非常满意', 'utf8').subarray(0, -2)).encoding).toBe('utf-8');
  });
});

describe('normaliseEncodingName', () => {
  it('maps the names users type to the encodings we read', () => {
    const cases: [string, string | null][] = [
      ['utf8', 'utf-8'], ['UTF-8', 'utf-8'], ['utf_8', 'utf-8'], ['utf-16', 'utf-16le'], ['UTF-16BE', 'utf-16be'],
      ['gbk', 'gb18030'], ['GB2312', 'gb18030'], ['cp936', 'gb18030'], ['cp1252', 'windows-1252'], ['latin1', 'windows-1252'],
      ['ISO-8859-1', 'windows-1252'], ['big5', 'big5'], ['CP950', 'big5'], ['Shift_JIS', 'shift_jis'], ['cp932', 'shift_jis'],
      ['EUC-KR', 'euc-kr'], ['koi8-r', null], ['', null], ['__proto__', null],
    ];
    for (const [name, want] of cases) expect(normaliseEncodingName(name), name).toBe(want);
  });
});

describe('decodeBuffer', () => {
  it('strips BOMs and decodes every cp1252 byte, the undefined ones as C1 controls', () => {
    expect(decodeBuffer(bytes(0xef, 0xbb, 0xbf, 0x41), 'utf-8')).toBe('A');
    expect(decodeBuffer(bytes(0xfe, 0xff, 0, 0x41, 0x4e, 0x2d), 'utf-16be')).toBe('A中');
    expect(decodeBuffer(bytes(0x80, 0x81, 0x8c, 0x93, 0xe9), 'windows-1252')).toBe('€\u0081Œ“é');
    expect(decodeBuffer(iconv.encode('满意度', 'gb18030'), 'gb18030')).toBe('满意度');
  });
});

describe('sniffDelimiter', () => {
  it('counts delimiters outside quotes and picks the consistent one', () => {
    expect(sniffDelimiter('"Hello, world",b\n"x, y",z\n')).toBe(',');
    expect(sniffDelimiter('Name;Wert;Notiz\nA;1,5;x, y\nB;2,25;z\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
    expect(sniffDelimiter('"quoted; field"|x\n"a;b;c"|y\n')).toBe('|');
  });

  it('falls back for a single column', () => {
    expect(sniffDelimiter('answer\nyes\nno\n')).toBe(',');
    expect(sniffDelimiter('answer\nyes\n', '\t')).toBe('\t');
  });

  it('finds the line end outside quotes', () => {
    expect(sniffNewline('a,"x\r\ny"\nb\n')).toBe('\n');
    expect(sniffNewline('a\rb\rc')).toBe('\r');
    expect(sniffNewline('a\r\nb\r\n')).toBe('\r\n');
  });
});
