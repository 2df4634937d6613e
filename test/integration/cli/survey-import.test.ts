/**
 * `journey-audit survey import` and `round summary` on exports in each tool's layout and
 * encoding and on the two real exports; counts, means and NPS are computed here from the
 * answers the fixtures were written with, independently of the importer.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, writeAllFixtures } from '../../fixtures/surveys/make-fixtures';
import { useTmpDir } from '../../support/tmp';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
const SAMPLES = join(ROOT, 'test/fixtures/samples');
const tmp = useTmpDir();

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

interface SummaryQ {
  label: string;
  text: string;
  type: string;
  n: number;
  mean: number | null;
  nps: number | null;
}

const nums = (xs: (string | number | null)[]) => xs.filter((x): x is number => typeof x === 'number');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const nps = (xs: number[]) => ((xs.filter((x) => x >= 9).length - xs.filter((x) => x <= 6).length) / xs.length) * 100;

function importAndSummarise(fixture: Fixture | string, extra: string[] = []) {
  const dir = tmp();
  const ws = join(dir, 'w.jaudit');
  expect(cli('init', ws).code).toBe(0);
  const file = typeof fixture === 'string' ? fixture : fixture.path;
  const imp = cli('survey', 'import', ws, file, '--survey', 'CX', '--round', 'Baseline', '--json', ...extra);
  if (imp.code !== 0) throw new Error(`import failed: ${imp.stderr}`);
  const sum = cli('round', 'summary', ws, '--survey', 'CX', '--round', 'Baseline', '--json', '--privacy-min', '1');
  expect(sum.code).toBe(0);
  const questions = sum.json().questions as SummaryQ[];
  const q = (needle: string) => {
    const found = questions.find((x) => x.text.includes(needle) || x.label.includes(needle));
    if (!found) throw new Error(`no question like “${needle}” in ${questions.map((x) => x.text).join(' | ')}`);
    return found;
  };
  return { ws, imported: imp.json(), summary: sum.json(), q };
}

/** Rows of every table, with a hash of their content: "writing nothing" means none of these moved. */
function tableCounts(ws: string): Record<string, string> {
  const db = new Database(ws, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(
      tables.map((t) => {
        const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all().map((r) => JSON.stringify(r)).sort();
        return [t, `${rows.length} rows, ${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`];
      }),
    );
  } finally {
    db.close();
  }
}

let fx: Record<string, Fixture>;
const fixtureDir = mkdtempSync(join(tmpdir(), 'ja-fixtures-'));
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/node/cli.js'))) throw new Error('Build first: npm run build');
  fx = await writeAllFixtures(fixtureDir);
});
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

describe('survey import through the CLI, per tool', () => {
  it('问卷星 GBK CSV: metadata, ┋ multi-select, (跳过), satisfaction labels in Chinese', () => {
    const f = fx.wenjuanxing!;
    const { imported, summary, q } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, format: 'wenjuanxing', encoding: 'gb18030' });
    expect(summary.responses).toBe(f.respondents);
    const overall = nums(f.answers.overall!);
    expect(q('总体满意度')).toMatchObject({ type: 'likert', n: overall.length });
    expect(q('总体满意度').mean).toBeCloseTo(mean(overall), 10);
    expect(q('哪些服务')).toMatchObject({ type: 'multiple', n: f.answers.services!.filter((x) => x !== null).length });
    expect(q('服务态度').mean).toBeCloseTo(mean(nums(f.answers.attitude!)), 10);
  });

  it('LimeSurvey UTF-8 BOM CSV: codes, [SQ] sub-questions, 0–10 with blanks', () => {
    const f = fx.limesurvey!;
    const { imported, q } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, format: 'limesurvey', encoding: 'utf-8' });
    const rec = nums(f.answers.nps!);
    expect(q('recommend')).toMatchObject({ type: 'nps', n: rec.length });
    expect(q('recommend').nps).toBeCloseTo(nps(rec), 10);
    expect(q('Speed').mean).toBeCloseTo(mean(nums(f.answers.speed!)), 10);
  });

  it('Qualtrics 3-header CSV: ImportId row skipped, labels mapped, multi-line answers', () => {
    const f = fx.qualtrics!;
    const { imported, q } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, format: 'qualtrics' });
    expect(q('satisfied').mean).toBeCloseTo(mean(nums(f.answers.satisfaction!)), 10);
    expect(q('Service')).toMatchObject({ n: nums(f.answers.service!).length });
    expect(q('recommend').nps).toBeCloseTo(nps(nums(f.answers.nps!)), 10);
  });

  it('legacy Qualtrics 2-header CSV', () => {
    const f = fx.qualtricsLegacy!;
    const { imported, q } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, format: 'qualtrics-legacy' });
    expect(q('How satisfied').mean).toBeCloseTo(mean(nums(f.answers.q1!)), 10);
  });

  it('Google Forms XLSX: date cells, ", "-joined checkboxes', () => {
    const f = fx.googleForms!;
    const { imported, q, ws } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, format: 'google-forms', fileFormat: 'xlsx' });
    expect(q('overall').mean).toBeCloseTo(mean(nums(f.answers.overall!)), 10);
    expect(q('departments')).toMatchObject({ type: 'multiple', n: f.answers.departments!.filter((x) => x !== null).length });
    const db = new Database(ws, { readonly: true });
    const stamps = (db.prepare('SELECT submitted_at FROM responses ORDER BY id').all() as { submitted_at: string }[]).map((r) => r.submitted_at);
    db.close();
    expect(stamps).toEqual(f.answers.timestamp);
  });

  it('UTF-16 TSV with a department column kept as an attribute', () => {
    const f = fx.utf16!;
    const { imported, q, summary, ws } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, encoding: 'utf-16le' });
    expect(q('Overall').mean).toBeCloseTo(mean(nums(f.answers.overall!)), 10);
    expect(q('推荐意愿').nps).toBeCloseTo(nps(nums(f.answers.recommend!)), 10);
    expect(summary.questions.some((x: SummaryQ) => x.text === '部门')).toBe(false);
    const by = cli('round', 'summary', ws, '--survey', 'CX', '--round', 'Baseline', '--by', 'department', '--json', '--privacy-min', '1').json();
    expect(by.groups.map((g: { group: string }) => g.group).sort()).toEqual(['金融部', '销售部', '服务部'].sort());
  });

  it('cp1252 semicolon CSV', () => {
    const f = fx.cp1252!;
    const { imported, q } = importAndSummarise(f);
    expect(imported).toMatchObject({ responses: f.respondents, encoding: 'windows-1252' });
    expect(q('Zufriedenheit').mean).toBeCloseTo(mean(nums(f.answers.zufriedenheit!)), 10);
  });
});

describe('survey import of the real exports', () => {
  it('SurveyMonkey Star Wars CSV (cp1252, CR line ends, 2 header rows)', () => {
    const { imported, q, summary } = importAndSummarise(join(SAMPLES, 'surveymonkey-starwars-2014.csv'));
    expect(imported).toMatchObject({ responses: 1186, format: 'surveymonkey', encoding: 'windows-1252' });
    expect(summary.responses).toBe(1186);
    // FiveThirtyEight's write-up: 936 of 1,186 had seen at least one film; 835 ticked at least one film.
    expect(q('Have you seen any').n).toBe(1186);
    expect(q('Which of the following Star Wars films')).toMatchObject({ type: 'multiple', n: 835 });
  });

  it('问卷星 XLS (BIFF8)', () => {
    const { imported, q } = importAndSummarise(join(SAMPLES, 'wenjuanxing-800-text.xls'));
    expect(imported).toMatchObject({ responses: 800, format: 'wenjuanxing', fileFormat: 'xls' });
    expect(q('性别')).toMatchObject({ type: 'single', n: 800 });
    expect(q('兴趣爱好').type).toBe('multiple');
  });
});

describe('re-import, mappings and bad input', () => {
  it('detects a re-import: refused by default, skipped or replaced on request, never doubled', () => {
    const f = fx.qualtricsLegacy!;
    const { ws } = importAndSummarise(f);
    const again = cli('survey', 'import', ws, f.path, '--survey', 'CX', '--round', 'Baseline', '--json');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already imported');
    expect(cli('survey', 'import', ws, f.path, '--survey', 'CX', '--round', 'Baseline', '--skip-duplicate', '--json').json()).toMatchObject({ skipped: true });
    expect(cli('survey', 'import', ws, f.path, '--survey', 'CX', '--round', 'Baseline', '--replace', '--json').json()).toMatchObject({ replaced: true, responses: f.respondents });
    expect(cli('round', 'summary', ws, '--survey', 'CX', '--round', 'Baseline', '--json').json().responses).toBe(f.respondents);
  });

  it('a second round of the same survey reuses the saved mapping and the same questions', () => {
    const f = fx.qualtrics!;
    const { ws } = importAndSummarise(f);
    const second = cli('survey', 'import', ws, f.path, '--survey', 'CX', '--round', 'Follow-up', '--json').json();
    expect(second.newQuestions).toBe(0);
    const db = new Database(ws, { readonly: true });
    expect((db.prepare('SELECT count(DISTINCT question_id) AS n FROM answers').get() as { n: number }).n).toBe(second.questions);
    db.close();
  });

  it('keeps an answer outside the scale as a warning, and with --strict refuses it naming file, row and column, writing nothing', () => {
    const dir = tmp();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Respondent,Overall satisfaction (1-5)\nA,4\nB,5\nC,2\nD,3\nE,3\nF,5\nG,1\nH,4\nI,9\n');
    const ws = join(dir, 'w.jaudit');
    cli('init', ws);
    const map = cli('survey', 'import', ws, file, '--survey', 'S', '--round', 'R', '--json');
    // 1–9 numbers read as a 0–10 style scale are allowed, so force a 1–5 Likert mapping:
    expect(map.code).toBe(0);
    const mapping = {
      headerRows: 1,
      columns: [
        { action: 'respondent-id' },
        { action: 'question', questionId: null, type: 'likert', text: 'Overall satisfaction', code: null, scaleMin: 1, scaleMax: 5, labels: [], values: {} },
      ],
    };
    const mapFile = join(dir, 'mapping.json');
    writeFileSync(mapFile, JSON.stringify(mapping));
    const before = tableCounts(ws);
    const r = cli('survey', 'import', ws, file, '--survey', 'S', '--round', 'R2', '--mapping', mapFile, '--strict', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv');
    expect(r.stderr).toContain('B10: 9 is outside the scale 1–5');
    expect(r.stderr).toContain('--strict');
    expect(r.stderr).toContain('outside the scale 1–5');
    const db = new Database(ws, { readonly: true });
    expect((db.prepare("SELECT count(*) AS n FROM rounds WHERE label = 'R2'").get() as { n: number }).n).toBe(0);
    db.close();
    expect(tableCounts(ws)).toEqual(before);

    // Without --strict the file imports; the 9 is kept as text, not scored, and reported with its row.
    const kept = cli('survey', 'import', ws, file, '--survey', 'S', '--round', 'R3', '--mapping', mapFile, '--json');
    expect(kept.code).toBe(0);
    const result = kept.json();
    expect(result.responses).toBe(9);
    expect(result.warnings).toBe(1);
    expect(result.answers).toBe(8);
    expect(result.warningDetails).toEqual([expect.objectContaining({ code: 'import.answer.outOfScale', column: 'B', rows: [10], count: 1 })]);
    const notes = new Database(ws, { readonly: true });
    expect(notes.prepare('SELECT kind, text FROM answer_notes').all()).toEqual([{ kind: 'unscored', text: '9' }]);
    notes.close();
  });

  it('explains an empty file, a damaged workbook and a missing file', () => {
    const dir = tmp();
    const ws = join(dir, 'w.jaudit');
    cli('init', ws);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const broken = join(dir, 'broken.xlsx');
    const before = tableCounts(ws);
    copyFileSync(fx.googleForms!.path, broken);
    writeFileSync(broken, readFileSync(broken).subarray(0, 300));
    for (const [file, text] of [
      [empty, 'empty.csv'],
      [broken, 'broken.xlsx'],
      [join(dir, 'nope.csv'), 'nope.csv'],
    ] as const) {
      const r = cli('survey', 'import', ws, file, '--survey', 'S', '--round', 'R', '--json');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(text);
      expect(r.json().ok).toBe(false);
    }
    const db = new Database(ws, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM surveys').get() as { n: number }).n).toBe(0);
    db.close();
    expect(tableCounts(ws)).toEqual(before);
  });

  it('keeps questions that share a wording but not a code apart, in this round and the next', () => {
    const dir = tmp();
    const ws = join(dir, 'w.jaudit');
    const csv = join(dir, 'same-wording.csv');
    const rows = [[1, 2, 3], [4, 5, 1], [2, 2, 2], [3, 4, 5], [5, 1, 4], [1, 3, 3]];
    writeFileSync(csv, ['id,Q1 How satisfied are you?,Q2 How satisfied are you?,Q3 How satisfied are you?', ...rows.map((r, i) => [i + 1, ...r].join(','))].join('\n'));
    expect(cli('init', ws).code).toBe(0);
    for (const round of ['R1', 'R2']) {
      const r = cli('survey', 'import', ws, csv, '--survey', 'S', '--round', round, '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(r.json()).toMatchObject({ responses: 6, answers: 18, questions: 3, newQuestions: round === 'R1' ? 3 : 0, warnings: 0 });
    }
    const summary = cli('round', 'summary', ws, '--survey', 'S', '--round', 'R2', '--json').json() as { questions: SummaryQ[] };
    const column = (q: number) => mean(rows.map((r) => r[q]!));
    expect(summary.questions.map((q) => [q.label, q.mean])).toEqual([
      ['Q1', column(0)],
      ['Q2', column(1)],
      ['Q3', column(2)],
    ]);
  });
});
