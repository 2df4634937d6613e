/**
 * Builds an .xlsx "zip bomb": a real workbook (written by exceljs) whose worksheet is swapped
 * for one that inflates to about `inflatedMb` megabytes of valid rows from a few hundred
 * kilobytes. The deflate stream is made of identical fully flushed blocks, so a gigabyte
 * costs a second to build and never sits in memory. `lie` makes the archive declare a
 * small size for the sheet, as a hostile file would.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

interface Entry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

const SHEET = 'xl/worksheets/sheet1.xml';

export async function zipBombWorkbook(inflatedMb: number, lie = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').addRow(['Q1', 'Q2']);
  const real = Buffer.from(await wb.xlsx.writeBuffer());
  const block = '<row><c t="n"><v>1</v></c><c t="n"><v>2</v></c></row>'.repeat(20_000);
  return withRepeatedSheet(real, SHEET, block, Math.ceil((inflatedMb * 1024 * 1024) / block.length), lie);
}

/**
 * `workbook` with the worksheet at `path` swapped for one whose sheetData is `block` (whole
 * rows) repeated `count` times, deflated once and repeated, so it costs nothing to build.
 */
export async function withRepeatedSheet(workbook: Buffer, path: string, block: string, count: number, lie = false): Promise<Buffer> {
  const entries: Entry[] = [];
  for (const f of (await unzipper.Open.buffer(workbook)).files) {
    if (f.path === path) continue;
    const raw = await new Promise<Buffer>((ok, fail) => {
      const parts: Buffer[] = [];
      f.stream().on('data', (c: Buffer) => parts.push(c)).on('end', () => ok(Buffer.concat(parts))).on('error', fail);
    });
    entries.push({ name: f.path, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length });
  }
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const rows = Buffer.from(block);
  const tail = Buffer.from('</sheetData></worksheet>');
  const packedBlock = deflateRawSync(rows, flush);
  let crc = crc32(head);
  for (let i = 0; i < count; i++) crc = crc32(rows, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([deflateRawSync(head, flush), ...Array<Buffer>(count).fill(packedBlock), deflateRawSync(tail)]);
  const size = head.length + count * rows.length + tail.length;
  entries.push({ name: path, data, crc, size: lie ? 1024 : size });
  return zip(entries);
}

/** A plain zip archive (deflated entries, no zip64), written field by field from the format. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
