/**
 * `journey-audit workshop serve` and `workshop results`, run as built, on 127.0.0.1 — and the
 * kill test: a SIGKILL mid-session loses no vote the server acknowledged.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';
import { http, postJson } from '../../support/workshop';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
};

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/node/cli.js')) || !existsSync(join(ROOT, 'out/participant/index.html'))) throw new Error('Build first: npm run build');
});

function workspace() {
  const file = join(tmp(), 'w.jaudit');
  expect(cli('init', file, '--sample', '--lang', 'en').code).toBe(0);
  const db = new Database(file, { readonly: true });
  const { name } = db.prepare('SELECT name FROM journeys').get() as { name: string };
  const tps = (db.prepare('SELECT t.id FROM touchpoints t JOIN stages s ON s.id = t.stage_id ORDER BY s.position, t.position').all() as { id: string }[]).map((r) => r.id);
  db.close();
  return { file, name, tps };
}

async function serve(file: string, journey: string, ...extra: string[]): Promise<{ child: ChildProcess; first: { participantUrl: string; code: string; sessionId: string; touchpoints: number } }> {
  const child = spawn(process.execPath, [BIN, 'workshop', 'serve', file, '--journey', journey, '--host', '127.0.0.1', '--json', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((ok, fail) => {
    lines.once('line', ok);
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
  });
  return { child, first: JSON.parse(first) };
}

const exited = (child: ChildProcess) => new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));

describe('journey-audit workshop', () => {
  it('serves every touchpoint headless on 127.0.0.1, stops on SIGTERM, and reports results', async () => {
    const { file, name, tps } = workspace();
    const { child, first } = await serve(file, name);
    expect(first.participantUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[\w-]{22}$/);
    expect(first.code).toMatch(/^\d{6}$/);
    expect(first.touchpoints).toBe(tps.length);
    expect((await http(first.participantUrl)).body).toContain('/assets/participant.css');
    const api = first.participantUrl.replace('/s/', '/api/s/');
    for (const value of [2, 4, 4]) {
      const p = (await postJson(`${api}/join`, {})).json<{ value: { participantId: string } }>().value.participantId;
      expect((await postJson(`${api}/vote?p=${p}`, { votes: [{ touchpointId: tps[0], measure: 'need', value }] })).status).toBe(200);
    }
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    await expect(http(first.participantUrl)).rejects.toThrow();

    const r = cli('workshop', 'results', file, '--journey', name, '--json');
    expect(r.code).toBe(0);
    const out = r.json() as { state: string; participants: number; items: { touchpointId: string; measure: string; n: number; median: number; mean: number; distribution: { value: number; count: number }[] }[] };
    expect(out).toMatchObject({ state: 'closed', participants: 3 });
    const need = out.items.find((i) => i.touchpointId === tps[0] && i.measure === 'need')!;
    expect(need).toMatchObject({ n: 3, median: 4 });
    expect(need.mean).toBeCloseTo(10 / 3, 9);
    expect(need.distribution.find((d) => d.value === 4)!.count).toBe(2);
  });

  it('opens only the named stage', async () => {
    const { file, name } = workspace();
    const db = new Database(file, { readonly: true });
    const stage = db.prepare('SELECT s.name, count(t.id) AS n FROM stages s JOIN touchpoints t ON t.stage_id = s.id GROUP BY s.id ORDER BY s.position LIMIT 1').get() as { name: string; n: number };
    db.close();
    const { child, first } = await serve(file, name, '--stage', stage.name);
    expect(first.touchpoints).toBe(stage.n);
    child.kill('SIGTERM');
    await exited(child);
  });

  it('keeps every acknowledged vote when the server is killed mid-session', async () => {
    const { file, name, tps } = workspace();
    const { child, first } = await serve(file, name);
    const api = first.participantUrl.replace('/s/', '/api/s/');
    const acked: { p: string; tp: string; value: number }[] = [];
    // Each phone's last vote, sent as the server died: it may have been stored without its answer arriving.
    const unanswered = new Map<string, { tp: string; value: number }>();
    const participants = await Promise.all(Array.from({ length: 8 }, async () => (await postJson(`${api}/join`, {})).json<{ value: { participantId: string } }>().value.participantId));
    let killed = false;
    const voters = participants.map(async (p, i) => {
      for (let k = 0; !killed; k++) {
        const tp = tps[(i + k) % tps.length]!;
        const value = 1 + ((i + k) % 5);
        try {
          const r = await postJson(`${api}/vote?p=${p}`, { votes: [{ touchpointId: tp, measure: 'emotion', value }] });
          if (r.status === 200) acked.push({ p, tp, value });
        } catch {
          unanswered.set(p, { tp, value });
          return; // the server is gone
        }
      }
    });
    await new Promise((r) => setTimeout(r, 600));
    child.kill('SIGKILL');
    killed = true;
    await Promise.all(voters);
    await exited(child);
    expect(acked.length).toBeGreaterThan(20);

    const db = new Database(file, { readonly: true });
    const stmt = db.prepare("SELECT value FROM workshop_votes WHERE participant_id = ? AND touchpoint_id = ? AND measure = 'emotion'");
    // The latest acknowledged value of each (participant, touchpoint) is the stored one — or
    // that phone's one later vote whose answer the kill cut off, if it was for the same card.
    const latest = new Map(acked.map((a) => [`${a.p}|${a.tp}`, a]));
    for (const a of latest.values()) {
      const stored = (stmt.get(a.p, a.tp) as { value: number } | undefined)?.value;
      const late = unanswered.get(a.p);
      const allowed = late?.tp === a.tp ? [a.value, late.value] : [a.value];
      expect(allowed).toContain(stored);
    }
    db.close();

    const after = cli('workshop', 'results', file, '--journey', name, '--json');
    expect(after.code).toBe(0);
    expect((after.json() as { state: string; participants: number }).participants).toBe(8);
  });
});
