/**
 * Every real export in test/fixtures/samples (copied from ../shared/samples) imports with default settings through the CLI:
 * response counts, which questions are scales and which multiple choice, and means and an
 * NPS computed here from the raw file (parsed independently of the importer).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const SAMPLES = resolve(ROOT, 'test/fixtures/samples');
const tmp = useTmpDir();

interface Q {
  label: string;
  text: string;
  type: string;
  n: number;
  mean: number | null;
  nps: number | null;
  missing: number;
  otherTexts: number;
  distribution: { value: number; label: string; count: number }[];
}
interface Imported {
  imp: { responses: number; answers: number; warnings: number; warningDetails: { code: string; column: string; rows: number[]; count: number }[] };
  questions: Q[];
  q: (needle: string) => Q;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function importSample(file: string, extra: string[] = []): Imported {
  const ws = join(tmp(), 'w.jaudit');
  expect(cli('init', ws).code).toBe(0);
  const imp = cli('survey', 'import', ws, join(SAMPLES, file), '--survey', 'S', '--round', 'R1', '--json', ...extra);
  if (imp.code !== 0) throw new Error(`${file} refused: ${imp.stdout} ${imp.stderr}`);
  const sum = cli('round', 'summary', ws, '--survey', 'S', '--round', 'R1', '--json', '--privacy-min', '1');
  expect(sum.code).toBe(0);
  const questions = JSON.parse(sum.stdout).questions as Q[];
  const q = (needle: string) => {
    const found = questions.find((x) => x.text.includes(needle));
    if (!found) throw new Error(`no question like “${needle}”`);
    return found;
  };
  return { imp: JSON.parse(imp.stdout), questions, q };
}

const csv = (file: string, encoding = 'utf8', delimiter = ',') =>
  Papa.parse<string[]>(iconv.decode(readFileSync(join(SAMPLES, file)), encoding), { delimiter, skipEmptyLines: true }).data;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Each case runs the CLI on real files, several times over: slow machines need more than the default limit.
describe('real exports import with default settings', { timeout: 90_000 }, () => {
  it('covers every file in the samples folder', () => {
    const files = readdirSync(SAMPLES).filter((f) => !f.endsWith('.md') && !f.startsWith('.'));
    expect(files.sort()).toEqual(
      [
        'googleforms-r-survey-2018-es.tsv', 'qualtrics-legacy-sample.csv', 'surveymonkey-flying-etiquette.csv', 'surveymonkey-starwars-2014.csv',
        'surveymonkey-steak-risk.csv', 'wenjuanxing-357-codes.xls', 'wenjuanxing-357-text.xls', 'wenjuanxing-800-text.xls',
      ].sort(),
    );
  });

  it('Google Forms TSV: write-ins kept under Other, options with commas matched whole, NPS as computed from the file', () => {
    const { imp, q } = importSample('googleforms-r-survey-2018-es.tsv');
    const rows = csv('googleforms-r-survey-2018-es.tsv', 'utf8', '\t');
    expect(imp.responses).toBe(rows.length - 1);
    const recommend = rows.slice(1).map((r) => r[24]!).filter((v) => /^\d+$/.test(v)).map(Number);
    const npsHere = ((recommend.filter((x) => x >= 9).length - recommend.filter((x) => x <= 6).length) / recommend.length) * 100;
    const rec = q('recomiendes R');
    expect(rec.type).toBe('nps');
    expect(rec.n).toBe(recommend.length);
    expect(rec.nps).toBeCloseTo(npsHere, 6);
    const industry = q('industria');
    expect(industry.type).toBe('single');
    expect(industry.otherTexts).toBeGreaterThan(0);
    expect(industry.distribution.some((d) => d.label === 'Servicios Gubernamentales (Federales, Provinciales o Municipales)')).toBe(true);
    expect(q('aplicaciones usas R').type).toBe('multiple');
    expect(q('herramientas informáticas').type).toBe('multiple');
    // A single-answer column whose options contain commas is not multiple choice.
    expect(q('control de versiones').type).toBe('single');
    expect(q('nivel educativo').type).toBe('single');
    expect(q('disfrutas usando R').type).toBe('likert');
  });

  it('SurveyMonkey Star Wars: the favourability matrix is a 5-point scale with "Unfamiliar (N/A)" missing', () => {
    const { imp, q } = importSample('surveymonkey-starwars-2014.csv');
    expect(imp.responses).toBe(1186);
    const rows = csv('surveymonkey-starwars-2014.csv', 'windows-1252').slice(2);
    const points: Record<string, number> = {
      'Very unfavorably': 1, 'Somewhat unfavorably': 2, 'Neither favorably nor unfavorably (neutral)': 3, 'Somewhat favorably': 4, 'Very favorably': 5,
    };
    const han = rows.map((r) => r[15]!).filter((v) => v in points).map((v) => points[v]!);
    const hanQ = q('Han Solo');
    expect(hanQ.type).toBe('likert');
    expect(hanQ.n).toBe(han.length);
    expect(hanQ.mean).toBeCloseTo(mean(han), 9);
    expect(hanQ.missing).toBe(rows.filter((r) => r[15] === 'Unfamiliar (N/A)').length);
    expect(q('Which of the following Star Wars films').type).toBe('multiple');
    expect(q('Household Income').distribution.map((d) => d.label)).toEqual(['$0 - $24,999', '$25,000 - $49,999', '$50,000 - $99,999', '$100,000 - $149,999', '$150,000+']);
  });

  it('SurveyMonkey flying etiquette: a frequency scale typed in natural order, with its mean', () => {
    const { imp, q } = importSample('surveymonkey-flying-etiquette.csv');
    expect(imp.responses).toBe(1040);
    const points: Record<string, number> = { Never: 1, 'Once in a while': 2, 'About half the time': 3, Usually: 4, Always: 5 };
    const recline = csv('surveymonkey-flying-etiquette.csv').slice(1).map((r) => points[r[2]!]).filter((v): v is number => v !== undefined);
    const r = q('recline your seat when you fly');
    expect(r.type).toBe('likert');
    expect(r.mean).toBeCloseTo(mean(recline), 9);
    expect(q('Age').distribution.map((d) => d.label)).toEqual(['18-29', '30-44', '45-60', '> 60']);
  });

  it('SurveyMonkey steak and Qualtrics legacy import every response', () => {
    expect(importSample('surveymonkey-steak-risk.csv').imp.responses).toBe(550);
    const legacy = importSample('qualtrics-legacy-sample.csv');
    expect(legacy.imp.responses).toBe(1);
    expect(legacy.q('multiple choice question').n).toBe(1);
  });

  it('问卷星 text exports: NULL metadata is one warning per column, options in natural order, write-ins under 其他', () => {
    const text357 = importSample('wenjuanxing-357-text.xls');
    expect(text357.imp.responses).toBe(204);
    const meta = text357.imp.warningDetails.filter((w) => w.code.startsWith('import.meta.'));
    expect(meta.map((w) => [w.code, w.column])).toEqual([
      ['import.meta.emptyTime', 'B'],
      ['import.meta.emptyDuration', 'C'],
    ]);
    expect(text357.q('年龄').type).toBe('single');
    expect(text357.q('年龄').distribution.map((d) => d.label)[0]).toBe('16岁以下');
    const text800 = importSample('wenjuanxing-800-text.xls');
    expect(text800.imp.responses).toBe(800);
    expect(text800.q('兴趣爱好').type).toBe('multiple');
    expect(text800.q('手机价格').otherTexts).toBe(2);
  });

  it('问卷星 option-number export: numbered options with the header text, the same counts as the text export', () => {
    const codes = importSample('wenjuanxing-357-codes.xls');
    expect(codes.imp.responses).toBe(204);
    const age = codes.q('请问您的年龄');
    expect(age.type).toBe('single');
    expect(age.n).toBe(204);
    const text = importSample('wenjuanxing-357-text.xls');
    expect(age.distribution.map((d) => d.count).sort()).toEqual(text.q('年龄').distribution.map((d) => d.count).sort());
  });

  it('问卷星 option-number export with --labels <text export>: codes read as the option texts, and the survey remembers them', () => {
    const text = importSample('wenjuanxing-357-text.xls');
    const codes = importSample('wenjuanxing-357-codes.xls', ['--labels', join(SAMPLES, 'wenjuanxing-357-text.xls')]);
    expect(codes.imp.responses).toBe(204);
    for (const needle of ['性别', '年龄', '学历']) {
      const c = codes.q(needle);
      expect(c.type).toBe('single');
      const fromText = Object.fromEntries(text.q(needle).distribution.map((d) => [d.label, d.count]));
      expect(Object.fromEntries(c.distribution.map((d) => [d.label, d.count]))).toEqual(fromText);
    }
    // Options in the questionnaire's order: the codes' order.
    expect(codes.q('年龄').distribution.map((d) => d.label)[0]).toBe('16岁以下');
    // The next option-number file of the same survey needs no --labels: the saved mapping knows the codes.
    const ws = join(tmp(), 'again.jaudit');
    expect(cli('init', ws).code).toBe(0);
    const first = cli('survey', 'import', ws, join(SAMPLES, 'wenjuanxing-357-codes.xls'), '--survey', 'S', '--round', 'R1', '--labels', join(SAMPLES, 'wenjuanxing-357-text.xls'));
    expect(first.code).toBe(0);
    expect(cli('survey', 'import', ws, join(SAMPLES, 'wenjuanxing-357-codes.xls'), '--survey', 'S', '--round', 'R2').code).toBe(0);
    const r2 = JSON.parse(cli('round', 'summary', ws, '--survey', 'S', '--round', 'R2', '--json', '--privacy-min', '1').stdout).questions as Q[];
    expect(r2.find((x) => x.text.includes('性别'))!.distribution.map((d) => [d.label, d.count])).toEqual(codes.q('性别').distribution.map((d) => [d.label, d.count]));
  });

  it('--strict refuses a file with unexpected values, worded in --lang', () => {
    const ws = join(tmp(), 'w.jaudit');
    expect(cli('init', ws).code).toBe(0);
    const r = cli('survey', 'import', ws, join(SAMPLES, 'wenjuanxing-357-text.xls'), '--survey', 'S', '--round', 'R1', '--strict', '--lang', 'zh-CN');
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('指定了 --strict');
  });
});
