/**
 * A 问卷星 option-number export imported with --labels (its text export) teaches the survey
 * its option texts; the next option-number file, imported without --labels into another
 * round of the same workspace, reads its codes through that saved mapping — with the same
 * option texts and counts — and the import says so, one warning per column, in --lang.
 * Counts are computed here from the two real files, matched by respondent (序号).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const SAMPLES = resolve(ROOT, 'test/fixtures/samples');
const CODES = join(SAMPLES, 'wenjuanxing-357-codes.xls');
const TEXTS = join(SAMPLES, 'wenjuanxing-357-text.xls');
const tmp = useTmpDir();

interface Q {
  text: string;
  type: string;
  n: number;
  distribution: { label: string; count: number }[];
}
interface Detail {
  code: string;
  column: string;
  count: number;
  message: string;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed: ${r.stdout} ${r.stderr}`);
  return r.stdout;
}
const importJson = (...args: string[]) => JSON.parse(cli('survey', 'import', ...args, '--json')) as { responses: number; warnings: number; warningDetails: Detail[] };
const summary = (ws: string, round: string) => JSON.parse(cli('round', 'summary', ws, '--survey', 'S', '--round', round, '--json', '--privacy-min', '1')).questions as Q[];
const byText = (qs: Q[], needle: string) => qs.find((q) => q.text.includes(needle)) ?? expect.fail(`no question like ${needle}`);

const sheet = (file: string): string[][] => {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
};

/** Respondents of the option-number file per option text of the question whose header starts with `prefix`. */
function countsFromFiles(prefix: string): Map<string, number> {
  const [codes, texts] = [sheet(CODES), sheet(TEXTS)];
  const [cc, tc] = [codes, texts].map((rows) => rows[0]!.findIndex((h) => h.startsWith(prefix)));
  const textById = new Map(texts.slice(1).map((r) => [r[0]!, r[tc!]!]));
  const textOfCode = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const r of codes.slice(1)) {
    const text = textById.get(r[0]!)!;
    // Every code of the column stands for one option text.
    expect(textOfCode.get(r[cc!]!) ?? text).toBe(text);
    textOfCode.set(r[cc!]!, text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

describe('a saved option-number mapping', { timeout: 120_000 }, () => {
  it('reads a later option-number file without --labels as the first import did, and says so', () => {
    const ws = join(tmp(), 'w.jaudit');
    cli('init', ws);
    const first = importJson(ws, CODES, '--survey', 'S', '--round', 'R1', '--labels', TEXTS);
    expect(first.responses).toBe(204);
    expect(first.warningDetails.filter((w) => w.code === 'import.codes.savedTexts')).toEqual([]);

    // The saved mapping lives in the workspace file: the codes of 性别 are keyed to their options.
    const db = new Database(ws, { readonly: true });
    const saved = JSON.parse((db.prepare('SELECT mapping FROM import_mappings').get() as { mapping: string }).mapping) as { byHeader: Record<string, { values: Record<string, number> }> };
    db.close();
    const genderHeader = Object.keys(saved.byHeader).find((h) => h.includes('性别'))!;
    expect(Object.keys(saved.byHeader[genderHeader]!.values)).toEqual(expect.arrayContaining(['1', '2', '男', '女']));

    const second = importJson(ws, CODES, '--survey', 'S', '--round', 'R2');
    expect(second.responses).toBe(204);
    const notes = second.warningDetails.filter((w) => w.code === 'import.codes.savedTexts');
    expect(notes.map((n) => [n.column, n.count])).toEqual([
      ['G', 204],
      ['H', 204],
      ['I', 204],
    ]);
    expect(notes[0]!.message).toContain('saved by an earlier import into this survey');
    expect(second.warnings).toBe(first.warnings + notes.length);

    const [r1, r2] = [summary(ws, 'R1'), summary(ws, 'R2')];
    for (const needle of ['性别', '年龄', '学历']) {
      const [a, b] = [byText(r1, needle), byText(r2, needle)];
      expect(b.type).toBe('single');
      expect(b.distribution.map((d) => [d.label, d.count])).toEqual(a.distribution.map((d) => [d.label, d.count]));
    }
    // The counts per option text, as the two files give them.
    for (const [needle, prefix] of [['性别', '1、'], ['年龄', '2、']] as const) {
      const fromFiles = countsFromFiles(prefix);
      const shown = new Map(byText(r2, needle).distribution.filter((d) => d.count > 0).map((d) => [d.label, d.count]));
      expect(shown).toEqual(fromFiles);
    }
  });

  it('refuses a --labels file that names none of the option numbers, writing nothing; the right one again is fine', () => {
    const ws = join(tmp(), 'w.jaudit');
    cli('init', ws);
    const other = join(SAMPLES, 'wenjuanxing-800-text.xls');
    const r = spawnSync(process.execPath, [BIN, 'survey', 'import', ws, CODES, '--survey', 'S', '--round', 'R1', '--labels', other], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('wenjuanxing-800-text.xls gives no option texts for the option numbers of wenjuanxing-357-codes.xls');
    const db = new Database(ws, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
    db.close();
    cli('survey', 'import', ws, CODES, '--survey', 'S', '--round', 'R1', '--labels', TEXTS);
    // With the texts saved, --labels again names nothing new and is not refused.
    expect(importJson(ws, CODES, '--survey', 'S', '--round', 'R2', '--labels', TEXTS).responses).toBe(204);
  });

  it('says so in Chinese with --lang zh-CN, and says nothing for a file of option texts', () => {
    const ws = join(tmp(), 'w.jaudit');
    cli('init', ws);
    cli('survey', 'import', ws, CODES, '--survey', 'S', '--round', 'R1', '--labels', TEXTS);
    const text = cli('survey', 'import', ws, CODES, '--survey', 'S', '--round', 'R2', '--lang', 'zh-CN');
    expect(text).toContain('第 G 列（“请问您的性别？”）是选项序号：已按此问卷之前导入时保存的 2 个选项文字读取（204 个答案）');
    const texts = importJson(ws, TEXTS, '--survey', 'S', '--round', 'R3');
    expect(texts.warningDetails.filter((w) => w.code === 'import.codes.savedTexts')).toEqual([]);
  });
});
