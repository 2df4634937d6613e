/**
 * Which text encoding a survey export is in, and decoding it.
 *
 * The files come from a short list of places: UTF-8 (with or without BOM) from web tools,
 * UTF-16 from Excel's "Unicode text", GBK/GB18030 from Chinese Excel on the mainland, Big5
 * from Traditional Chinese Excel (Taiwan, Hong Kong), Shift_JIS and EUC-KR from Japanese and
 * Korean Excel, and cp1252 from western Excel. So detection only ever answers with one of
 * those, and a statistical guess is only needed for the legacy multi-byte and 8-bit cases.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { detect } from 'jschardet';

/** The encodings the importer reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1252';

/** Every encoding the importer reads, for messages and pickers. */
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252'];

/** What detection found. `confidence` is 0…1; 1 means certain (a BOM or valid UTF-8). */
export interface DetectedEncoding {
  encoding: TextEncoding;
  bom: boolean;
  confidence: number;
}

// Keys are names lower-cased with everything but letters and digits removed.
const ALIASES: Record<string, TextEncoding> = {
  utf8: 'utf-8', utf8sig: 'utf-8',
  utf16: 'utf-16le', utf16le: 'utf-16le', ucs2: 'utf-16le', unicode: 'utf-16le',
  utf16be: 'utf-16be', unicodefffe: 'utf-16be',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', ms936: 'gb18030', windows936: 'gb18030', euccn: 'gb18030',
  big5: 'big5', big5hkscs: 'big5', cp950: 'big5', ms950: 'big5', windows950: 'big5',
  shiftjis: 'shift_jis', sjis: 'shift_jis', cp932: 'shift_jis', ms932: 'shift_jis', windows31j: 'shift_jis', windows932: 'shift_jis',
  euckr: 'euc-kr', cp949: 'euc-kr', ms949: 'euc-kr', windows949: 'euc-kr', ksc5601: 'euc-kr', uhc: 'euc-kr',
  cp1252: 'windows-1252', windows1252: 'windows-1252', win1252: 'windows-1252', latin1: 'windows-1252',
  iso88591: 'windows-1252', l1: 'windows-1252', ansi: 'windows-1252',
};

/**
 * Maps a user-typed name (`--encoding gbk`, `cp1252`, `latin1`, `UTF8`, `utf-16`) to one we
 * read; `null` when unknown. GBK and GB2312 become GB18030, their superset; Latin-1 becomes
 * cp1252, which is what Excel actually writes under that name.
 */
export function normaliseEncodingName(name: string): TextEncoding | null {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return Object.hasOwn(ALIASES, key) ? ALIASES[key]! : null;
}

/**
 * The encoding to use for an explicit override. A bare "utf-16" follows the file's BOM when it
 * has one, since the user rarely knows the byte order.
 */
export function encodingForOverride(name: string, buf: Uint8Array): DetectedEncoding | null {
  const encoding = normaliseEncodingName(name);
  if (!encoding) return null;
  const bom = bomOf(buf);
  if (bom && (bom === encoding || (/^utf-?16$/i.test(name.trim()) && bom !== 'utf-8'))) return { encoding: bom, bom: true, confidence: 1 };
  return { encoding, bom: false, confidence: 1 };
}

/** Detects the encoding: BOM, then BOM-less UTF-16, then strict UTF-8, then a biased guess. */
export function detectEncoding(buf: Uint8Array): DetectedEncoding {
  const bom = bomOf(buf);
  if (bom) return { encoding: bom, bom: true, confidence: 1 };
  const utf16 = sniffUtf16(buf);
  if (utf16) return utf16;
  if (isUtf8(buf)) return { encoding: 'utf-8', bom: false, confidence: 1 };
  const u = utf8Problems(buf);
  // A UTF-8 file with some lines in a legacy encoding (two files pasted together) is still
  // UTF-8 — the reader then names the bad line — while GBK or cp1252 text is invalid on
  // almost every non-ASCII line. Calling a mixed file cp1252 would garble its good lines.
  if (u.validLines > 0 && u.validLines >= u.invalidLines) {
    return { encoding: 'utf-8', bom: false, confidence: u.validLines / (u.validLines + u.invalidLines) };
  }
  return guessLegacy(buf);
}

/**
 * Decodes `buf`, dropping a BOM. Bad UTF-8 and GB18030 sequences become U+FFFD, which the
 * reader counts to tell a wrong guess from a right one. cp1252 maps every byte: the five
 * bytes it leaves undefined become the C1 controls, as Windows itself decodes them.
 */
export function decodeBuffer(buf: Uint8Array, encoding: TextEncoding): string {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const bom = bomOf(b) === encoding ? (encoding === 'utf-8' ? 3 : 2) : 0;
  const body = b.subarray(bom);
  switch (encoding) {
    case 'utf-8':
      return body.toString('utf8');
    case 'utf-16le':
      return body.toString('utf16le');
    case 'utf-16be': {
      const swapped = Buffer.from(body.subarray(0, body.length & ~1));
      return swapped.swap16().toString('utf16le');
    }
    case 'gb18030':
      return iconv.decode(body, 'gb18030', { stripBOM: false });
    case 'big5':
      return iconv.decode(body, 'big5hkscs', { stripBOM: false });
    case 'shift_jis':
      return iconv.decode(body, 'cp932', { stripBOM: false });
    case 'euc-kr':
      return iconv.decode(body, 'cp949', { stripBOM: false });
    case 'windows-1252':
      return body.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
}

// cp1252's 0x80–0x9F row; the gaps (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as the C1 controls.
const CP1252_HIGH = Array.from({ length: 32 }, (_, i) => {
  const c = iconv.decode(Buffer.from([0x80 + i]), 'windows-1252');
  return c === '\ufffd' ? String.fromCharCode(0x80 + i) : c;
});

/** What a UTF-8 scan of a buffer found. */
export interface Utf8Scan {
  /** Offset of the first byte that is not UTF-8, or -1. */
  firstInvalid: number;
  /** Bytes that are not UTF-8 (a character cut off at the very end does not count). */
  invalid: number;
  /** Well-formed multi-byte characters: the evidence that it is UTF-8 at all. */
  multibyte: number;
  /** Lines with non-ASCII text that is all valid UTF-8, and lines with invalid bytes. */
  validLines: number;
  invalidLines: number;
}

/** Scans `buf` as UTF-8, counting by byte and by line (LF, CR or CRLF). */
export function utf8Problems(buf: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: -1, invalid: 0, multibyte: 0, validLines: 0, invalidLines: 0 };
  let lineMulti = false;
  let lineBad = false;
  const endLine = () => {
    if (lineBad) scan.invalidLines++;
    else if (lineMulti) scan.validLines++;
    lineMulti = lineBad = false;
  };
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      if (b === 10 || b === 13) endLine();
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      scan.multibyte++;
      lineMulti = true;
      i += len;
      continue;
    }
    // Truncation at the very end is a cut file, not a foreign byte.
    if (len > 0 && i + len > n && isTail(buf, i + 1)) break;
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    lineBad = true;
    i++;
  }
  endLine();
  return scan;
}

/** Whether every byte from `from` to the end is a UTF-8 continuation byte. */
function isTail(buf: Uint8Array, from: number): boolean {
  for (let k = from; k < buf.length; k++) if ((buf[k]! & 0xc0) !== 0x80) return false;
  return true;
}

function bomOf(buf: Uint8Array): TextEncoding | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: ASCII delimiters, digits and newlines put NULs on one side of each pair. */
function sniffUtf16(buf: Uint8Array): DetectedEncoding | null {
  const pairs = Math.min(buf.length, 8192) >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let p = 0; p < pairs; p++) {
    if (buf[2 * p] === 0) evenNul++;
    if (buf[2 * p + 1] === 0) oddNul++;
  }
  const even = evenNul / pairs;
  const odd = oddNul / pairs;
  if (odd >= 0.2 && even <= 0.02) return { encoding: 'utf-16le', bom: false, confidence: Math.min(1, odd * 2) };
  if (even >= 0.2 && odd <= 0.02) return { encoding: 'utf-16be', bom: false, confidence: Math.min(1, even * 2) };
  return null;
}

const GB = /gb|hz|936|euc-?cn/i;
const BIG5 = /big5|950/i;
const JAPANESE = /shift|jis|932|euc-?jp/i;
const KOREAN = /euc-?kr|949|johab|2022-?kr/i;
const SAMPLE_BYTES = 64 * 1024;

/**
 * Characters that fill any Chinese survey — in both their simplified and traditional forms —
 * and that a wrong decoding (GBK bytes read as Big5, or the other way round) almost never
 * yields: counting them tells the two apart where both decode without an error.
 */
const COMMON_HANZI = new Set(
  '的一是不了人我在有他中上大和地到以要就出也得自之您很好非常满滿意一般差服务務销銷售顾顧问問态態度等待时時间間电電话話转轉接次几幾个個们們这這来來说說为為会會对對过過没沒还還问問题題其他请請建议議姓名年龄齡性别別男女号號请請车車店员員价價格满意度评評分',
);

/** How many of `text`'s characters are everyday Chinese ones. */
function hanziScore(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON_HANZI.has(ch)) n++;
  return n;
}

/**
 * Legacy multi-byte or 8-bit text: jschardet names the family (Chinese, Japanese, Korean, or
 * western); a family is taken only when the bytes decode cleanly that way, and simplified
 * (GB18030) and traditional (Big5) Chinese — whose byte ranges overlap — are told apart by
 * which decoding reads as everyday Chinese. Everything else is cp1252.
 */
function guessLegacy(buf: Uint8Array): DetectedEncoding {
  const sample = buf.subarray(0, SAMPLE_BYTES);
  const r = detect(sample);
  const name = r.encoding ?? '';
  const confidence = Math.max(0, Math.min(1, r.confidence));
  const clean = (encoding: TextEncoding) => replacementShare(decodeBuffer(sample, encoding)) < 0.05;
  /** Everyday-Chinese score of the sample read as `encoding`; -1 when it does not decode cleanly. */
  const chinese = (encoding: TextEncoding) => {
    const text = decodeBuffer(sample, encoding);
    return replacementShare(text) < 0.05 ? hanziScore(text) : -1;
  };
  if (GB.test(name) || BIG5.test(name)) {
    const gb = chinese('gb18030');
    const big5 = chinese('big5');
    if (big5 > gb || (big5 === gb && big5 >= 0 && BIG5.test(name))) return { encoding: 'big5', bom: false, confidence };
    if (gb >= 0) return { encoding: 'gb18030', bom: false, confidence };
  }
  if (JAPANESE.test(name) && clean('shift_jis')) return { encoding: 'shift_jis', bom: false, confidence };
  if (KOREAN.test(name) && clean('euc-kr')) return { encoding: 'euc-kr', bom: false, confidence };
  // Other CJK-looking bytes that decode as GB18030 (jschardet is unsure on short files).
  if ((JAPANESE.test(name) || KOREAN.test(name)) && clean('gb18030')) return { encoding: 'gb18030', bom: false, confidence: 0.1 };
  return { encoding: 'windows-1252', bom: false, confidence: GB.test(name) || BIG5.test(name) ? 0.1 : confidence };
}

/**
 * Share of the non-ASCII characters in `text` that are U+FFFD — how badly an encoding fits.
 * Cut multi-byte characters at the end of a sample count once at most.
 */
export function replacementShare(text: string): number {
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return nonAscii === 0 ? 0 : Math.max(0, bad - 1) / nonAscii;
}
