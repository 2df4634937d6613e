/**
 * Workspace files in bad shape or bad places: cut short, random bytes, locked by another
 * process, read-only, on a full disk. Each gets a clear typed error naming the file, and no
 * data is lost. (A file from a newer schema: test/integration/backend/db/open.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { dispatch } from '../../../electron/backend/dispatch';
import { withWorkspaceErrors } from '../../../electron/backend/workspace/session';
import type { Envelope } from '../../../shared/errors';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

/** A backend whose handlers turn storage failures into typed workspace errors. */
async function backendOn(dir: string, file: string, fresh = true) {
  const backend = createBackend({ mode: 'browser', dataDir: join(dir, 'data'), appVersion: 't' });
  if (fresh) await backend.session.create(file, { sample: true, lang: 'en' });
  const handlers = withWorkspaceErrors(backend.handlers, backend.session);
  const call = (name: string, input: unknown = {}) => dispatch(handlers, name, input) as Promise<Envelope<{ id: string; name: string }[]>>;
  return { backend, call };
}

const journeyNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM journeys ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('a damaged file', () => {
  it('cut short is refused as damaged, naming it, and the open workspace stays open', async () => {
    const dir = tmp();
    const good = join(dir, 'good.jaudit');
    const first = await backendOn(dir, good);
    first.backend.close();
    const bytes = readFileSync(good);
    const { backend, call } = await backendOn(dir, good, false);
    await backend.session.open(good);
    const cut = join(dir, 'cut.jaudit');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 4096));
    const r = await call('workspace.open', { path: cut });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('workspace_corrupt');
      expect(r.error.message).toContain(cut);
      expect(r.error.message).toMatch(/damaged/);
    }
    expect(backend.session.status().path).toBe(good);
    expect((await call('journeys.list')).ok).toBe(true);
    expect(readFileSync(cut).length).toBe(bytes.length - 4096);
    backend.close();
  });

  it('of random bytes is refused as not a workspace, naming it, unchanged', async () => {
    const dir = tmp();
    const { backend, call } = await backendOn(dir, join(dir, 'good.jaudit'));
    const junk = join(dir, 'junk.jaudit');
    const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 251));
    writeFileSync(junk, bytes);
    const r = await call('workspace.open', { path: junk });
    expect(r.ok ? null : [r.error.code, r.error.message.includes(junk)]).toEqual(['workspace_not_sqlite', true]);
    expect(readFileSync(junk).equals(bytes)).toBe(true);
    backend.close();
  });
});

/** Another process holding a lock on `file` until it is killed. */
function holdLock(file: string, mode: 'write' | 'exclusive'): Promise<{ stop: () => Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    ${mode === 'exclusive' ? "db.pragma('locking_mode = EXCLUSIVE');" : ''}
    db.exec("BEGIN EXCLUSIVE; UPDATE journeys SET name = 'Held by the other program'");
    ${mode === 'exclusive' ? "db.exec('COMMIT'); db.prepare('SELECT count(*) FROM journeys').get();" : ''}
    console.log('locked');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('locked')) {
        ok({ stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGKILL'))) });
      }
    });
    child.once('exit', (code) => fail(new Error(`lock holder exited with ${code}`)));
  });
}

describe('a file locked by another process', () => {
  it('refuses a write with workspace_locked after the busy timeout, and loses nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'shared.jaudit');
    const { backend, call } = await backendOn(dir, file);
    const [journey] = (await call('journeys.list')).ok ? ((await call('journeys.list')) as { ok: true; value: { id: string; name: string }[] }).value : [];
    const lock = await holdLock(file, 'write');
    const started = Date.now();
    const r = await call('journeys.update', { id: journey!.id, patch: { name: 'Mine' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('workspace_locked');
      expect(r.error.message).toContain(file);
      expect(r.error.message).toMatch(/another program/);
    }
    // Reading still works while the other process writes.
    expect((await call('journeys.list')).ok).toBe(true);
    await lock.stop();
    // The other process was killed before committing: its change is gone, ours can now be saved.
    expect((await call('journeys.update', { id: journey!.id, patch: { name: 'Mine' } })).ok).toBe(true);
    backend.close();
    expect(journeyNames(file)).toEqual(['Mine']);
  }, 30_000);

  it('refuses to open a file another process holds exclusively, keeping the open one', async () => {
    const dir = tmp();
    const mine = join(dir, 'mine.jaudit');
    const other = join(dir, 'other.jaudit');
    const { backend, call } = await backendOn(dir, mine);
    const second = await backendOn(dir, other);
    second.backend.close();
    const lock = await holdLock(other, 'exclusive');
    const r = await call('workspace.open', { path: other });
    expect(r.ok ? null : [r.error.code, r.error.message.includes(other)]).toEqual(['workspace_locked', true]);
    expect(backend.session.status().path).toBe(mine);
    await lock.stop();
    // The other program's committed change survived; the file opens now.
    expect((await call('workspace.open', { path: other })).ok).toBe(true);
    backend.close();
    expect(journeyNames(other)).toEqual(['Held by the other program']);
  }, 30_000);
});

/** Runs `mount`; false when this machine does not allow it (not root, or no mount rights). */
const mount = (...args: string[]) => spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = join(process.env.TMPDIR ?? '/tmp', `ja-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const ok = mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe);
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();
if (!canMount) console.warn('read-only mount and full tmpfs tests skipped: mounting needs Linux and root (the chmod test runs instead)');
if (process.getuid?.() === 0) console.warn('chmod 444 test skipped: root writes any file whatever its mode (its twin on a read-only bind mount runs instead)');
const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) spawnSync('umount', ['-l', mounted.pop()!]);
});
function tmpfs(dir: string, size: string): string {
  const at = join(dir, 'disk');
  mkdirSync(at);
  if (!mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at)) throw new Error('mount failed');
  mounted.push(at);
  return at;
}

describe('a read-only file', () => {
  async function sample(dir: string) {
    const source = join(dir, 'source.jaudit');
    const { backend } = await backendOn(dir, source);
    backend.close();
    return { source, names: journeyNames(source) };
  }

  /** Opens `source` once it can no longer be written: readable, flagged read-only, writes refused, bytes unchanged. */
  async function expectReadOnlyOpen(dir: string, source: string, names: string[]) {
    const before = readFileSync(source);
    const { backend, call } = await backendOn(dir, source, false);
    const opened = await call('workspace.open', { path: source });
    expect(opened.ok ? (opened.value as unknown as { readOnly: boolean }).readOnly : opened.error.message).toBe(true);
    expect(backend.session.status().readOnly).toBe(true);
    const list = await call('journeys.list');
    expect(list.ok && list.value.map((j) => j.name)).toEqual(names);
    const r = await call('journeys.update', { id: (list as { ok: true; value: { id: string }[] }).value[0]!.id, patch: { name: 'Changed' } });
    expect(r.ok ? null : r.error.code).toBe('workspace_readonly');
    if (!r.ok) expect(r.error.message).toContain(source);
    backend.close();
    expect(readFileSync(source).equals(before)).toBe(true);
    // Nothing in it can change, so no backup folder is written beside it.
    expect(existsSync(`${source}.backups`)).toBe(false);
  }

  // root may write any file whatever its mode, so this needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('(chmod 444) opens for reading, says so; a write gives workspace_readonly naming the file; nothing changes', async () => {
    const dir = tmp();
    const { source, names } = await sample(dir);
    chmodSync(source, 0o444);
    await expectReadOnlyOpen(dir, source, names);
  });

  // For root: the file alone on a read-only bind mount (its folder stays writable).
  it.skipIf(!canMount)('(a read-only mount of the file) opens for reading, says so; a write gives workspace_readonly; nothing changes', async () => {
    const dir = tmp();
    const { source, names } = await sample(dir);
    expect(mount('--bind', source, source)).toBe(true);
    mounted.push(source);
    expect(mount('-o', 'remount,ro,bind', source)).toBe(true);
    await expectReadOnlyOpen(dir, source, names);
  });

  it('in a read-only folder or drive is refused with workspace_readonly naming it, unchanged, and the open one stays open', async () => {
    const dir = tmp();
    const { source } = await sample(dir);
    let file: string;
    let folder: string;
    if (canMount) {
      folder = tmpfs(dir, '4m');
      file = join(folder, 'ro.jaudit');
      copyFileSync(source, file);
      expect(mount('-o', 'remount,ro', folder)).toBe(true);
    } else {
      folder = join(dir, 'ro');
      mkdirSync(folder);
      file = join(folder, 'ro.jaudit');
      copyFileSync(source, file);
      chmodSync(folder, 0o555);
    }
    const before = readFileSync(file);
    const { backend, call } = await backendOn(dir, join(dir, 'mine.jaudit'));
    const r = await call('workspace.open', { path: file });
    expect(r.ok ? null : [r.error.code, r.error.message.includes(file), /read-only/.test(r.error.message)]).toEqual(['workspace_readonly', true, true]);
    expect(backend.session.status().path).toBe(join(dir, 'mine.jaudit'));
    backend.close();
    expect(readFileSync(file).equals(before)).toBe(true);
    if (!canMount) chmodSync(folder, 0o755);
  });
});

describe('a full disk', () => {
  it('refuses an import that does not fit, naming the file, and keeps everything already saved (size-limited file)', async () => {
    const dir = tmp();
    const file = join(dir, 'small.jaudit');
    const { backend, call } = await backendOn(dir, file);
    const db = backend.session.requireDb();
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = { format: 'journey-audit/map', version: 1, exportedAt: '', journey: bigJourney(3000) };
    const r = await call('journeys.importMap', { map: big });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['workspace_full', `The disk holding ${file} is full; nothing was changed — free some space and try again`]);
    const list = await call('journeys.list');
    expect(list.ok && list.value.length).toBe(1);
    backend.close();
    expect(journeyNames(file)).toHaveLength(1);
  });

  it.skipIf(!canMount)('on a real full file system (a 1 MB tmpfs) gives the same message and no damage', async () => {
    const dir = tmp();
    const disk = tmpfs(dir, '1m');
    const file = join(disk, 'full.jaudit');
    const { backend, call } = await backendOn(dir, file);
    let r: Envelope<unknown> | null = null;
    for (let i = 0; i < 20 && (r === null || r.ok); i++) {
      r = await call('journeys.importMap', { map: { format: 'journey-audit/map', version: 1, exportedAt: '', journey: bigJourney(1500) } });
    }
    expect(r && !r.ok && r.error.message).toBe(`The disk holding ${file} is full; nothing was changed — free some space and try again`);
    const saved = ((await call('journeys.list')) as { ok: true; value: unknown[] }).value.length;
    backend.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((check.prepare('SELECT count(*) AS n FROM journeys').get() as { n: number }).n).toBe(saved);
    check.close();
  });
});

function bigJourney(n: number) {
  return {
    name: 'Big',
    scene: 'service',
    persona: '',
    customerTier: null,
    description: '',
    stages: [{ id: 's', name: 'Stage', color: null }],
    lanes: [{ id: 'l', name: 'Lane', kind: 'customer', department: null, color: null }],
    touchpoints: Array.from({ length: n }, (_, i) => ({
      id: `t${i}`,
      stageId: 's',
      laneId: 'l',
      title: `Touchpoint ${i}`,
      channel: 'phone',
      description: 'd'.repeat(300),
      quote: '',
      owner: '',
      need: null,
      convenience: null,
      emotion: null,
      transfers: 0,
      position: i,
    })),
    flows: [],
  };
}
