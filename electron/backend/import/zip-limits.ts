/**
 * A workbook is a zip archive, and a zip can promise gigabytes from a few kilobytes (a "zip
 * bomb"). Before any spreadsheet library inflates one, this reads its table of contents and
 * then inflates every entry as a stream that is counted and thrown away, stopping the moment
 * an entry or the whole archive passes its limit. A refused workbook costs a fraction of a
 * second and a few megabytes, whatever its entries claim.
 */
import { createInflateRaw } from 'node:zlib';
import unzipper from 'unzipper';
import { ImportError } from './errors';

export const ZIP_LIMITS = {
  /** Entries in one archive; a real workbook has tens. */
  maxEntries: 10_000,
  /** Inflated bytes of one entry (a worksheet's XML): far more than any survey export. */
  maxEntryBytes: 100 * 1024 * 1024,
  /** Inflated bytes of the whole archive. */
  maxTotalBytes: 200 * 1024 * 1024,
} as const;

const mb = (n: number) => Math.round(n / 1024 / 1024);

/** The refusal, worded by code (`import.workbookTooLarge`, `import.workbookTooManyEntries`) and params. */
function refuse(file: string, code: string, problem: string, params: Record<string, string | number>): ImportError {
  return new ImportError({ file }, problem, { messageCode: code, ...params });
}

function tooLarge(file: string, entry: string, size: number, limit: number): ImportError {
  return refuse(
    file,
    'import.workbookTooLarge',
    `unpacks to more than ${mb(limit)} MB (${entry} alone holds ${size > limit ? `over ${mb(limit)}` : mb(size)} MB); it is too large to import safely — save the survey sheet on its own as .xlsx or CSV and import that`,
    { entry, limitMb: mb(limit) },
  );
}

/**
 * Counts an entry's inflated bytes without keeping them; stops at `limit`. The entry's
 * deflated bytes are inflated straight from the archive in 1 MB pieces, so counting the
 * 100 MB an entry may hold costs a few tenths of a second.
 */
function inflatedSize(buf: Buffer, entry: unzipper.CentralDirectoryFile, limit: number): Promise<number> {
  const at = entry.offsetToLocalFileHeader;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return Promise.reject(new Error('bad local header'));
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.compressionMethod === 0) return Promise.resolve(data.length);
  if (entry.compressionMethod !== 8) return Promise.reject(new Error(`compression method ${entry.compressionMethod}`));
  return new Promise((ok, fail) => {
    const stream = createInflateRaw({ chunkSize: 1024 * 1024 });
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        ok(size);
      }
    });
    stream.on('end', () => ok(size));
    stream.on('error', fail);
    stream.end(data);
  });
}

/**
 * Refuses an archive whose entries, declared or actually inflated, pass the limits.
 * A damaged archive is left for the workbook reader to report in its own words.
 */
export async function checkZipLimits(buf: Buffer, file: string, limits: typeof ZIP_LIMITS = ZIP_LIMITS): Promise<void> {
  let dir: unzipper.CentralDirectory;
  try {
    dir = await unzipper.Open.buffer(buf);
  } catch {
    return;
  }
  const files = dir.files.filter((f) => f.type === 'File');
  if (files.length > limits.maxEntries) {
    throw refuse(file, 'import.workbookTooManyEntries', `holds ${files.length.toLocaleString('en')} files inside; a workbook has at most ${limits.maxEntries.toLocaleString('en')}`, {
      entries: files.length,
      limit: limits.maxEntries,
    });
  }
  let declared = 0;
  for (const f of files) {
    if (f.uncompressedSize > limits.maxEntryBytes) throw tooLarge(file, f.path, f.uncompressedSize, limits.maxEntryBytes);
    declared += f.uncompressedSize;
    if (declared > limits.maxTotalBytes) throw tooLarge(file, f.path, f.uncompressedSize, limits.maxTotalBytes);
  }
  // What an entry declares may be a lie; what it inflates to is not.
  let total = 0;
  for (const f of files) {
    let size: number;
    try {
      size = await inflatedSize(buf, f, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total));
    } catch {
      return;
    }
    if (size > limits.maxEntryBytes) throw tooLarge(file, f.path, size, limits.maxEntryBytes);
    total += size;
    if (total > limits.maxTotalBytes) throw tooLarge(file, f.path, size, limits.maxTotalBytes);
  }
}
