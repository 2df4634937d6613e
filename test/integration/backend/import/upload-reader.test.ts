/**
 * Uploads are read in a worker with a capped heap (the built import worker). A file that
 * needs more memory than the cap kills only that worker: the read is refused with a message
 * code naming the file, and the next upload is read by a fresh worker as usual.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { messageText } from '../../../../shared/messages/catalog';
import { UploadReader } from '../../../../electron/backend/import/read-worker';

const WORKER = join(resolve(import.meta.dirname, '../../../..'), 'out/node/import-worker.js');

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error('Build first: npm run build');
});

describe('reading uploads in a capped worker', () => {
  it('refuses a file that outgrows the worker, naming it, and reads the next one', async () => {
    const reader = new UploadReader(WORKER, 32);
    // 4,000 rows each 2,000 cells wide: 8 million cells, about 64 MB of rows once read.
    const wide = Buffer.from('q'.repeat(1) + ','.repeat(1999) + '\n' + ('1' + ','.repeat(1999) + '\n').repeat(4_000));
    const error = await reader.read(wide, 'wide.csv', {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e).toMatchObject({ code: 'validation', messageCode: 'import.fileTooLargeToRead', params: { file: 'wide.csv', limitMb: 32 } });
    expect(messageText('zh-CN', e.messageCode!, e.params)).toContain('wide.csv');
    expect(messageText('en', e.messageCode!, e.params)).toBe(
      'wide.csv needs more than 32 MB of memory to read, the most an import may use; it was refused. Save the survey sheet on its own as .xlsx or CSV, or split it into smaller files, and import those.',
    );

    const table = await reader.read(Buffer.from('Q1,Q2\n1,yes\n'), 'fine.csv', {});
    expect(table.rows).toEqual([
      ['Q1', 'Q2'],
      ['1', 'yes'],
    ]);
  }, 60_000);

  it('reads OpenDocument and a web-page table saved as .xls through the worker, as the wizard uploads them', async () => {
    const reader = new UploadReader(WORKER);
    const csv = readFileSync(join(resolve(import.meta.dirname, '../../../fixtures/samples'), 'surveymonkey-steak-risk.csv'), 'utf8');
    const book = XLSX.read(csv, { type: 'string', raw: true });
    for (const [bookType, name, format] of [['ods', 'steak.ods', 'ods'], ['html', 'steak.xls', 'html']] as const) {
      const table = await reader.read(XLSX.write(book, { bookType, type: 'buffer' }) as Buffer, name, {});
      expect([table.format, table.rows.length], name).toEqual([format, 552]);
      expect(table.rows[0]![0]).toBe('RespondentID');
    }
  }, 60_000);
});
