/**
 * `journey-audit init` and `check`, run as a user runs them: the built command in a child process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/db/migrations';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/node/cli.js'))) throw new Error('Build first: npm run build (the CLI is tested as built)');
});

describe('journey-audit init', () => {
  it('creates a workspace with the sample project', () => {
    const file = join(tmp(), 'project.jaudit');
    const r = cli('init', file, '--sample', '--lang', 'zh-CN', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, path: file, sample: true, journeys: 1 });
    const db = new Database(file, { readonly: true });
    expect((db.prepare('SELECT count(*) n FROM touchpoints').get() as { n: number }).n).toBeGreaterThanOrEqual(12);
    db.close();
  });

  it('refuses an existing file, exit 1, file unchanged', () => {
    const file = join(tmp(), 'exists.jaudit');
    writeFileSync(file, 'precious');
    const r = cli('init', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('explains a missing argument', () => {
    const r = cli('init');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('init takes exactly one file');
  });
});

describe('journey-audit check', () => {
  it('passes a good file with the schema version', () => {
    const file = join(tmp(), 'good.jaudit');
    expect(cli('init', file, '--sample').code).toBe(0);
    const r = cli('check', file, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, integrity: 'ok', counts: { journeys: 1 } });
    const text = cli('check', file);
    expect(text.stdout).toContain('OK');
  });

  it.each([
    ['not a workspace (text)', (f: string) => writeFileSync(f, 'hello '.repeat(1000)), 'workspace_not_sqlite', 'not a Journey Audit workspace'],
    ['another SQLite file', (f: string) => new Database(f).exec('CREATE TABLE x (y)').close(), 'workspace_foreign', 'not a Journey Audit workspace'],
    ['missing', () => undefined, 'workspace_missing', 'does not exist'],
  ])('fails %s with a clear reason', (_label, make, code, text) => {
    const file = join(tmp(), 'bad.jaudit');
    make(file);
    const r = cli('check', file, '--json');
    expect(r.code).toBe(1);
    expect(r.json().error.code).toBe(code);
    expect(r.stderr).toContain(text);
    expect(r.stderr).toContain(file);
  });

  it('fails a file from a newer version, naming both versions', () => {
    const file = join(tmp(), 'newer.jaudit');
    cli('init', file);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.close();
    const r = cli('check', file, '--json');
    expect(r.code).toBe(1);
    expect(r.json().error).toMatchObject({ code: 'workspace_newer', params: { found: LATEST_SCHEMA_VERSION + 3 } });
    expect(r.stderr).toContain('newer Journey Audit');
  });

  it('fails a corrupt file (damaged pages) and does not modify it', () => {
    const dir = tmp();
    const file = join(dir, 'corrupt.jaudit');
    cli('init', file, '--sample');
    // Fold the WAL into the main file, then overwrite the touchpoints table's root page with noise.
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'touchpoints'").get() as { rootpage: number };
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const start = (rootpage - 1) * pageSize;
    for (let i = start + 8; i < start + pageSize; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(file, bytes);
    copyFileSync(file, join(dir, 'before'));
    chmodSync(file, 0o644);
    const r = cli('check', file, '--json');
    expect(r.code).toBe(1);
    expect(['workspace_corrupt', 'workspace_not_sqlite']).toContain(r.json().error.code);
    expect(readFileSync(file).equals(readFileSync(join(dir, 'before')))).toBe(true);
  });

  it('prints usage and exits 1 for an unknown command', () => {
    const r = cli('explode');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Usage: journey-audit');
  });
});
