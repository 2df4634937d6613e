/**
 * Whether decoded text is what the file meant. A wrong encoding does not fail loudly — it
 * yields replacement characters or mojibake — so this looks for the traces and refuses,
 * rather than import garbled answers.
 */
import { isUtf8 } from 'node:buffer';
import { type DetectedEncoding, detectEncoding, replacementShare, type TextEncoding, utf8Problems } from './encoding';
import { ImportError } from './errors';
import type { Warnings } from './table';

/**
 * Throws when `text` is mostly undecodable ("looks like it is not gb18030; try --encoding …"),
 * when part of the file is in another encoding (naming the line), or when the file is binary.
 * A character cut off at the very end is only a warning: the rest is sound.
 */
export function checkDecoded(buf: Buffer, text: string, enc: DetectedEncoding, file: string, explicit: boolean, warnings: Warnings): void {
  const body = enc.bom ? buf.subarray(enc.encoding === 'utf-8' ? 3 : 2) : buf;
  switch (enc.encoding) {
    case 'utf-8':
      if (!isUtf8(body)) checkUtf8(buf, body, file, warnings);
      break;
    case 'gb18030':
    case 'big5':
    case 'shift_jis':
    case 'euc-kr':
      checkReplacements(buf, text, enc.encoding, file, warnings);
      break;
    case 'utf-16le':
    case 'utf-16be':
      // UTF-16 text always has NULs (delimiters, digits, line ends are ASCII); none means it is not UTF-16.
      if (body.length >= 16 && body.indexOf(0) < 0) throw notThis(buf, enc.encoding, file);
      if (body.length % 2 === 1) warnings.add(null, null, { code: 'import.warn.cutChar' });
      break;
    case 'windows-1252':
      if (explicit && isUtf8(body) && utf8Problems(body.subarray(0, 1 << 16)).multibyte > 0) {
        warnings.add(null, null, { code: 'import.warn.utf8As1252' });
      }
      break;
  }
  if (hasBinary(text)) throw new ImportError({ file }, { code: 'import.read.binaryText' });
}

function checkUtf8(buf: Buffer, body: Buffer, file: string, warnings: Warnings): void {
  const p = utf8Problems(body);
  if (p.invalid === 0) {
    warnings.add(null, null, { code: 'import.warn.cutChar' });
    return;
  }
  if (p.invalidLines > p.validLines) throw notThis(buf, 'utf-8', file);
  const line = lineAt(body, p.firstInvalid);
  const hex = body[p.firstInvalid]!.toString(16).toUpperCase().padStart(2, '0');
  throw new ImportError(
    { file },
    { code: 'import.read.mixedUtf8', params: { line, byte: hex } },
  );
}

function checkReplacements(buf: Buffer, text: string, encoding: TextEncoding, file: string, warnings: Warnings): void {
  const first = text.indexOf('\ufffd');
  if (first < 0) return;
  if (first === text.length - 1) {
    warnings.add(null, null, { code: 'import.warn.cutChar' });
    return;
  }
  if (replacementShare(text) > 0.5) throw notThis(buf, encoding, file);
  throw new ImportError({ file }, { code: 'import.read.mixedEncodings', params: { line: lineAt(text, first), encoding } });
}

function notThis(buf: Buffer, encoding: TextEncoding, file: string): ImportError {
  const guess = detectEncoding(buf).encoding;
  const suggest = guess !== encoding ? guess : encoding === 'gb18030' ? 'windows-1252' : 'gb18030';
  return new ImportError({ file }, { code: 'import.read.wrongEncoding', params: { encoding, suggest } });
}

/** 1-based line of `offset`, counting LF, CRLF and lone CR alike. */
function lineAt(src: Buffer | string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = typeof src === 'string' ? src.charCodeAt(i) : src[i]!;
    if (c === 10 || (c === 13 && (typeof src === 'string' ? src.charCodeAt(i + 1) : src[i + 1]) !== 10)) line++;
  }
  return line;
}

/** More than 1% NULs in the first 64 K characters: a binary file under a text name. */
function hasBinary(text: string): boolean {
  const end = Math.min(text.length, 1 << 16);
  let nul = 0;
  for (let i = text.indexOf('\0'); i >= 0 && i < end; i = text.indexOf('\0', i + 1)) nul++;
  return nul > end / 100;
}
