/**
 * The CLI words its errors in `--lang` (English by default) from the same catalogues as the
 * app: a Chinese run prints no English sentence.
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
  return { code: r.status, stderr: r.stderr, json: () => JSON.parse(r.stdout) as { error: { code: string; issues?: { code: string }[] } } };
}

/** Latin words of three letters or more, paths, options and names left out. */
const english = (text: string) => text.replace(/journey-audit \w+:|--\w+|\/\S+|“[^”]*”/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('CLI errors in the chosen language', () => {
  it('a missing workspace, in Chinese with --lang zh-CN and in English by default', () => {
    const missing = join(tmp(), 'nowhere.jaudit');
    const zh = cli('compare', missing, '--survey', 's', '--before', 'a', '--after', 'b', '--lang', 'zh-CN');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`文件“${missing}”不存在`);
    expect(english(zh.stderr)).toEqual([]);
    const en = cli('compare', missing, '--survey', 's', '--before', 'a', '--after', 'b');
    expect(en.stderr).toContain('does not exist');
  });

  it('a value out of range is named by its option and worded in Chinese', () => {
    const dir = tmp();
    const ws = join(dir, 'w.jaudit');
    expect(cli('init', ws).code).toBe(0);
    const rows = (n: number) => ['ID,Q1 服务顾问理解我的需求', ...Array.from({ length: n }, (_, i) => `R${i},${(i % 5) + 1}`)].join('\n');
    writeFileSync(join(dir, 'a.csv'), rows(20));
    writeFileSync(join(dir, 'b.csv'), rows(24));
    for (const [file, round] of [['a.csv', '基线'], ['b.csv', '复测']] as const) {
      const r = cli('survey', 'import', ws, join(dir, file), '--survey', '客户问卷', '--round', round, '--kind', 'external');
      expect(r.code, r.stderr).toBe(0);
    }
    const zh = cli('compare', ws, '--survey', '客户问卷', '--before', '基线', '--after', '复测', '--alpha', '7', '--lang', 'zh-CN', '--json');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('--alpha: 应小于 0.5');
    expect(english(zh.stderr)).toEqual([]);
    expect(zh.json().error.issues?.[0]?.code).toBe('issue.too_big_number_exclusive');
  });

  it('a file the reader refuses, and a bad option, are worded in Chinese with --lang zh-CN', () => {
    const dir = tmp();
    const ws = join(dir, 'w.jaudit');
    expect(cli('init', ws).code).toBe(0);
    writeFileSync(join(dir, 'empty.csv'), '');
    const args = ['survey', 'import', ws, join(dir, 'empty.csv'), '--survey', '客户问卷', '--round', '基线'];
    const zh = cli(...args, '--lang', 'zh-CN', '--json');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('empty.csv 是空文件，没有任何行');
    expect(english(zh.stderr.replace(/\S+\.csv/g, ''))).toEqual([]);
    expect(zh.json().error).toMatchObject({ code: 'validation', messageCode: 'import.read.empty' });
    expect(cli(...args).stderr).toContain('empty.csv is empty: it has no rows');

    writeFileSync(join(dir, 'quote.csv'), 'ID,Q1\nR1,"open\nR2,3\n');
    const quote = cli('survey', 'import', ws, join(dir, 'quote.csv'), '--survey', '客户问卷', '--round', '基线', '--lang', 'zh-CN');
    expect(quote.stderr).toContain('quote.csv，第 2 行，第 B 列：引号未闭合');

    const kind = cli('survey', 'import', ws, join(dir, 'quote.csv'), '--survey', '客户问卷', '--round', '基线', '--kind', 'both', '--lang', 'zh-CN');
    expect(kind.stderr).toContain('--kind 只能是 internal 或 external，收到的是 both');
  });
});
