/**
 * Hostile workbooks uploaded to browser mode (the built server, over HTTP): a zip bomb and a
 * workbook whose cells need gigabytes once read. Each is refused quickly with a message code
 * naming the file, the server's peak memory (VmHWM, from the kernel) stays under 300 MB, and
 * a cheap call made meanwhile is answered at once, because uploads are read in a worker with
 * a capped heap.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/messages/catalog';
import { type Server, call, findRoot, startServer } from '../../stress/kill';
import { useBuiltServers } from '../../support/servers';
import { useTmpDir } from '../../support/tmp';
import { withRepeatedSheet, zipBombWorkbook } from '../../support/zip-bomb';

const ROOT = findRoot(import.meta.dirname);
const tmp = useTmpDir();
const running = useBuiltServers(ROOT);

/** The server process's current and peak resident memory, in MB, as the kernel counts it. */
function memoryMb(s: Server): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${s.child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time the server process (all its threads) has used, in ms; /proc counts it in ticks of 10 ms. */
function cpuMs(s: Server): number {
  const fields = readFileSync(`/proc/${s.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A real workbook whose one sheet has a million rows, each reaching column 2,000 (BXX): 16 GB of cells once read. */
async function wideWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').addRow(['Q1']);
  const row = '<row><c r="A1" t="n"><v>1</v></c><c r="BXX1" t="n"><v>2</v></c></row>';
  return withRepeatedSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml', row.repeat(1_000), 1_000);
}

/** Uploads `bytes` for a preview while timing a cheap call made at the same moment. */
async function uploadWhileListing(s: Server, name: string, bytes: Buffer) {
  const body = { source: { kind: 'bytes', name, base64: bytes.toString('base64') }, options: {}, surveyId: null };
  const start = performance.now();
  const cpuBefore = cpuMs(s);
  const preview = call(s, 'import.preview', body).then((r) => ({ ...r, ms: performance.now() - start, cpuMs: cpuMs(s) - cpuBefore }));
  await new Promise((r) => setTimeout(r, 150));
  const listStart = performance.now();
  const list = await call(s, 'journeys.list', {});
  const listMs = performance.now() - listStart;
  return { preview: await preview, list, listMs };
}

async function previewFine(s: Server): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Answers').addRows([['Q1', 'Q2'], [1, 'yes']]);
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const ok = await call(s, 'import.preview', { source: { kind: 'bytes', name: 'fine.xlsx', base64 }, options: {}, surveyId: null });
  expect(ok.body.ok, JSON.stringify(ok.body.error)).toBe(true);
  expect(ok.body.value).toMatchObject({ fileName: 'fine.xlsx', sheet: 'Answers', rowCount: 1 });
}

describe('a hostile workbook uploaded in browser mode', () => {
  it('is refused in under 2 s of server CPU and 300 MB, naming the file, while other calls are answered', async () => {
    const dir = tmp();
    const file = join(dir, 'w.jaudit');
    execFileSync(process.execPath, [join(ROOT, 'bin/journey-audit.js'), 'init', file, '--sample']);
    const s = await startServer(ROOT, file, join(dir, 'data'));
    running.push(s);
    expect((await call(s, 'journeys.list', {})).status).toBe(200);
    // A real upload first: the file readers load once, as when the user previews a file.
    await previewFine(s);

    const cases = [
      { name: 'bomb.xlsx', bytes: await zipBombWorkbook(1000, true), code: 'import.workbookTooLarge', params: { file: 'bomb.xlsx', limitMb: 100 } },
      { name: 'wide.xlsx', bytes: await wideWorkbook(), code: 'import.fileTooLargeToRead', params: { file: 'wide.xlsx' } },
    ];
    for (const c of cases) {
      expect(c.bytes.length).toBeLessThan(5 * 1024 * 1024);
      const { preview, list, listMs } = await uploadWhileListing(s, c.name, c.bytes);
      expect(preview.body.ok, c.name).toBe(false);
      const error = preview.body.error as { code: string; messageCode?: string; params?: Record<string, string | number>; message: string };
      expect(error, c.name).toMatchObject({ code: 'validation', messageCode: c.code, params: c.params });
      expect(error.message).toContain(c.name);
      // Worded in both languages from its code and parameters, naming the file.
      for (const lang of ['en', 'zh-CN'] as const) expect(messageText(lang, error.messageCode!, error.params)).toContain(c.name);
      // What the refusal costs the server is its CPU time; wall time on a shared machine also
      // holds everyone else's work, so it only gets a loose bound.
      expect(preview.cpuMs, `${c.name}: server CPU`).toBeLessThan(2_000);
      expect(preview.ms, c.name).toBeLessThan(15_000);
      expect(list.status).toBe(200);
      // Blocked behind the read, it would wait for the whole refusal; a loaded machine adds its own delay.
      expect(listMs, `${c.name}: a cheap call answered while the upload is read`).toBeLessThan(Math.max(1_500, preview.ms / 2));
      const mem = memoryMb(s);
      console.log(`${c.name}: refused in ${Math.round(preview.ms)} ms (server CPU ${preview.cpuMs} ms); journeys.list meanwhile ${Math.round(listMs)} ms; server memory now ${Math.round(mem.rss)} MB, peak ${Math.round(mem.peak)} MB`);
      expect(mem.peak, `${c.name}: peak memory of the server`).toBeLessThan(300);
    }
    // Still serving, and a real upload still reads.
    await previewFine(s);
  }, 60_000);
});
