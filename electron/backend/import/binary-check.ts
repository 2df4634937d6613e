/**
 * Refuses a file that is not text before it is decoded: a binary file renamed .csv would
 * otherwise read as "a TSV with 13 responses" of garbage. Looks at the first 64 KiB for
 * known signatures, NUL bytes (outside UTF-16's pattern) and control characters.
 */
import { ImportError } from './errors';

const SAMPLE = 1 << 16;

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
  [[0x4d, 0x5a], 'Windows EXE/DLL'],
  [[0x50, 0x4b], 'ZIP'],
];

/** A name for the kind of binary data `buf` holds, or null when it may be text. UTF-16 text (NULs on one side) is text. */
export function binaryKind(buf: Uint8Array): string | null {
  for (const [sig, name] of SIGNATURES) if (sig.every((b, i) => buf[i] === b)) return name;
  const end = Math.min(buf.length, SAMPLE);
  if (end === 0) return null;
  const utf16Bom = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = buf[i]!;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1a) control++;
  }
  const nul = nulEven + nulOdd;
  // UTF-16: NULs are the high bytes of ASCII characters, mostly on one parity (CJK adds a few on the other).
  if (utf16Bom || (nul >= 4 && Math.max(nulEven, nulOdd) >= nul * 0.8)) return null;
  if (nul > 0) return 'binary';
  if (control > end / 100) return 'binary';
  return null;
}

/** Throws when `buf` is not text; the message names the file and what it looks like. */
export function refuseBinary(buf: Uint8Array, file: string): void {
  const kind = binaryKind(buf);
  if (kind === null) return;
  throw new ImportError({ file }, { code: kind === 'binary' ? 'import.file.binaryData' : 'import.file.binary', params: { looksLike: kind } });
}
