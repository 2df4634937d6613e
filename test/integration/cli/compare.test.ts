/**
 * `journey-audit compare` end to end: two CSV rounds imported through the CLI, then compared.
 * The first item's answers are the SciPy reference data of significance.test.ts, so its
 * p-value is checked against an independently computed value.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const tmp = useTmpDir();

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

const expand = (pairs: [number, number][]) => pairs.flatMap(([v, c]) => Array<number>(c).fill(v));
const BEFORE = expand([[1, 4], [2, 6], [3, 10], [4, 12], [5, 8]]);
const AFTER = expand([[1, 2], [2, 3], [3, 7], [4, 14], [5, 16]]);

function csv(path: string, q1: number[], nps: (i: number) => number) {
  const rows = q1.map((v, i) => `R${i},${i % 2 ? '南区' : '北区'},${v},${3 + (i % 2)},${nps(i)}`);
  writeFileSync(path, ['ID,区域,Q1 服务顾问理解我的需求,Q2 预约方便,Q3 推荐可能性 (0-10)', ...rows].join('\n'));
}

function setup() {
  const dir = tmp();
  const ws = join(dir, 'w.jaudit');
  expect(cli('init', ws).code).toBe(0);
  csv(join(dir, 'before.csv'), BEFORE, (i) => [10, 8, 3][i % 3]!);
  csv(join(dir, 'after.csv'), AFTER, (i) => [10, 9, 8, 2][i % 4]!);
  for (const [file, round] of [['before.csv', '2026 基线'], ['after.csv', '2026 复测']] as const) {
    const r = cli('survey', 'import', ws, join(dir, file), '--survey', '售后客户体验', '--round', round, '--kind', 'external', '--json');
    expect(r.code, r.stderr).toBe(0);
  }
  return { dir, ws };
}

describe('journey-audit compare', () => {
  it('prints every item with its change, p-value and verdict as JSON', () => {
    const { ws } = setup();
    const r = cli('compare', ws, '--survey', '售后客户体验', '--before', '2026 基线', '--after', '2026 复测', '--json', '--lang', 'zh-CN');
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    const q1 = out.items.find((i: { text: string }) => i.text.includes('服务顾问'));
    expect(q1).toMatchObject({ type: 'question', before: { n: 40 }, after: { n: 42 } });
    expect(Number(q1.p.toPrecision(6))).toBe(Number((0.03153011599).toPrecision(6)));
    expect(q1.delta).toBeCloseTo(AFTER.reduce((a, b) => a + b, 0) / 42 - BEFORE.reduce((a, b) => a + b, 0) / 40, 10);
    expect(typeof q1.significant).toBe('boolean');
    expect(q1.explanation).toMatch(/上升 0\.\d 分/);
    const q2 = out.items.find((i: { text: string }) => i.text.includes('预约'));
    expect(q2.significant).toBe(false);
    expect(out.nps).not.toBeNull();
    expect(out.nps.before.n).toBe(40);
  });

  it('breaks down by an attribute and prints a readable table', () => {
    const { ws } = setup();
    const r = cli('compare', ws, '--survey', '售后客户体验', '--before', '2026 基线', '--after', '2026 复测', '--by', 'region', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = r.json();
    expect(out.groups.map((g: { group: string }) => g.group).sort()).toEqual(['北区', '南区']);
    expect(out.items.filter((i: { group: string | null }) => i.group === '北区').length).toBe(out.items.filter((i: { group: string | null }) => i.group === null).length);
    const text = cli('compare', ws, '--survey', '售后客户体验', '--before', '2026 基线', '--after', '2026 复测');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2026 基线 (40) → 2026 复测 (42)');
  });

  it('names the missing round and the known ones, and changes nothing', () => {
    const { ws } = setup();
    const r = cli('compare', ws, '--survey', '售后客户体验', '--before', '2025', '--after', '2026 复测', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no round “2025”');
    expect(r.stderr).toContain('2026 基线');
    expect(r.json().error.code).toBe('not_found');
    expect(cli('compare', ws, '--survey', '售后客户体验').code).toBe(1);
  });
});
