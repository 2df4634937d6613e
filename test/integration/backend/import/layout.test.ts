/**
 * Layout detection on real exports and on generated ones in each tool's layout, with counts
 * and means checked against the answers the fixtures were written from.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableFile, type RawTable } from '../../../../electron/backend/import/read-table';
import { isSkipped, matchScale, parseDateLoose, parseDuration, splitMulti, toScaleValue } from '../../../../shared/domain/survey/answers';
import { detectLayout, type DetectedLayout } from '../../../../shared/domain/survey/layout';
import { type Fixture, writeAllFixtures } from '../../../fixtures/surveys/make-fixtures';

const SAMPLES = resolve(import.meta.dirname, '../../../fixtures/samples');

const mean = (xs: readonly (string | number | null)[]) => {
  const ns = xs.filter((x): x is number => typeof x === 'number');
  return ns.reduce((a, b) => a + b, 0) / ns.length;
};

/** A column's answers as the importer would store them: skips dropped, labels through the matched scale. */
function scaled(t: RawTable, l: DetectedLayout, col: number): (number | null)[] {
  const cells = t.rows.slice(l.dataStartRow).map((r) => r[col] ?? '');
  const answered = cells.filter((c) => !isSkipped(c, l.tool));
  const scale = matchScale([...new Set(answered)]);
  return cells.map((c) => (isSkipped(c, l.tool) ? null : scale ? toScaleValue(c, scale.values) : Number(c)));
}

const byHeader = (l: DetectedLayout, header: string) => l.columns.find((c) => c.header === header)!;

describe('the real SurveyMonkey export', () => {
  it('has 2 header rows, 1,186 responses, 38 columns and carries questions over sub-columns', async () => {
    const t = await readTableFile(resolve(SAMPLES, 'surveymonkey-starwars-2014.csv'));
    const l = detectLayout(t.rows);
    expect([t.encoding, t.delimiter, l.tool, l.headerRows, l.dataStartRow]).toEqual(['windows-1252', ',', 'surveymonkey', 2, 2]);
    expect(t.rows.length - l.dataStartRow).toBe(1186);
    expect(l.columns).toHaveLength(38);
    expect(l.columns[0]).toMatchObject({ header: 'RespondentID', role: 'respondent-id' });
    expect(l.columns[1]).toMatchObject({ question: 'Have you seen any of the 6 films in the Star Wars franchise?', subQuestion: null, role: 'answer' });
    const seen = 'Which of the following Star Wars films have you seen? Please select all that apply.';
    for (let c = 3; c <= 8; c++) expect(l.columns[c]!.question).toBe(seen);
    expect(l.columns[4]!.subQuestion).toBe('Star Wars: Episode II äóñ Attack of the Clones');
    expect(l.columns[4]!.header).toBe(`${seen} - Star Wars: Episode II äóñ Attack of the Clones`);
    expect(l.columns.slice(15, 29).map((c) => c.subQuestion)).toContain('Yoda');
    // Counted straight from the bytes, without the CSV parser: CR-separated lines starting "<id>,Yes,".
    const raw = readFileSync(resolve(SAMPLES, 'surveymonkey-starwars-2014.csv'), 'latin1').split('\r');
    const yes = raw.filter((line) => /^\d+,Yes,/.test(line)).length;
    expect(t.rows.slice(2).filter((r) => r[1] === 'Yes')).toHaveLength(yes);
    expect(yes).toBe(936);
    expect(t.rows.slice(2).some((r) => r[35] === '$0 - $24,999')).toBe(true);
  });
});

describe('the real 问卷星 export', () => {
  it('has 800 responses in 14 columns, its metadata recognised and ┋-joined choices', async () => {
    const t = await readTableFile(resolve(SAMPLES, 'wenjuanxing-800-text.xls'));
    const l = detectLayout(t.rows);
    expect([l.tool, l.headerRows, l.dataStartRow, t.rows.length - l.dataStartRow, l.columns.length]).toEqual(['wenjuanxing', 1, 1, 800, 14]);
    expect(l.columns.slice(0, 6).map((c) => c.role)).toEqual(['respondent-id', 'submitted-at', 'duration', 'metadata', 'metadata', 'metadata']);
    expect(l.columns.slice(6).every((c) => c.role === 'answer' && c.code !== null)).toBe(true);
    expect(l.columns[8]).toMatchObject({ header: '3、性别', code: '3', question: '性别', subQuestion: null });
    const hobbies = t.rows.slice(1).map((r) => r[11]!);
    const parts = hobbies.flatMap((h) => splitMulti(h, l.tool));
    const separators = hobbies.reduce((n, h) => n + h.split('┋').length - 1, 0);
    expect(parts.length).toBe(separators + hobbies.filter((h) => h !== '').length);
    expect(new Set(parts)).toContain('运动');
  });
});

describe('generated exports in each tool’s layout', () => {
  let fx: Record<string, Fixture>;
  const read = async (name: string) => {
    const t = await readTableFile(fx[name]!.path);
    return { t, l: detectLayout(t.rows), f: fx[name]! };
  };
  // Written once for the whole group: the files are only read.
  const dir = mkdtempSync(join(tmpdir(), 'ja-layout-'));
  beforeAll(async () => {
    fx = await writeAllFixtures(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('detects every tool with its header rows and one data row per respondent', async () => {
    for (const name of Object.keys(fx)) {
      const { t, l, f } = await read(name);
      expect([l.tool, l.headerRows, t.rows.length - l.dataStartRow, l.columns.length], name).toEqual([f.tool, f.headerRows, f.respondents, f.columns]);
    }
  });

  it('问卷星 GBK CSV: metadata, matrix rows, skips, durations, dates and the satisfaction mean', async () => {
    const { t, l, f } = await read('wenjuanxing');
    expect(l.columns.filter((c) => c.role !== 'answer').map((c) => c.role)).toEqual(['respondent-id', 'submitted-at', 'duration', 'metadata', 'metadata', 'metadata']);
    expect(byHeader(l, '4(服务态度)')).toMatchObject({ code: '4', question: '第4题', subQuestion: '服务态度' });
    expect(byHeader(l, '2、您对本次服务的总体满意度：').question).toBe('您对本次服务的总体满意度');
    const overall = scaled(t, l, 7);
    expect(overall).toEqual(f.answers.overall);
    expect(mean(overall)).toBeCloseTo(mean(f.answers.overall!), 10);
    expect(t.rows.slice(1).map((r) => parseDuration(r[2]!))).toEqual(f.answers.seconds);
    expect(t.rows.slice(1).map((r) => parseDateLoose(r[1]!))).toEqual(f.answers.submitted);
    expect(t.rows.slice(1).map((r) => (isSkipped(r[8]!, l.tool) ? null : splitMulti(r[8]!, l.tool).join('┋')))).toEqual(f.answers.services);
  });

  it('LimeSurvey: codes with [SQ] sub-questions, metadata, the NPS and agreement means', async () => {
    const { t, l, f } = await read('limesurvey');
    expect(l.columns.slice(0, 5).map((c) => c.role)).toEqual(['respondent-id', 'submitted-at', 'metadata', 'metadata', 'metadata']);
    expect(l.columns[6]).toMatchObject({ code: 'G01Q02[SQ001]', question: 'Please rate', subQuestion: 'Speed', role: 'answer' });
    expect(l.columns[5]).toMatchObject({ code: 'G01Q01', question: 'How likely are you to recommend us?', subQuestion: null });
    const nps = t.rows.slice(1).map((r) => (r[5] === '' ? null : Number(r[5])));
    expect(mean(nps)).toBeCloseTo(mean(f.answers.nps!), 10);
    expect(scaled(t, l, 6)).toEqual(f.answers.speed);
  });

  it('Qualtrics: three header rows, one submit time, matrix rows and means', async () => {
    const { t, l, f } = await read('qualtrics');
    expect(l.dataStartRow).toBe(3);
    expect(byHeader(l, 'Response ID').role).toBe('respondent-id');
    expect([byHeader(l, 'End Date').role, byHeader(l, 'Recorded Date').role, byHeader(l, 'Duration (in seconds)').role]).toEqual(['submitted-at', 'metadata', 'duration']);
    expect(l.columns[10]).toMatchObject({ code: 'Q2_1', question: 'Please rate the following', subQuestion: 'Service' });
    expect(scaled(t, l, 9)).toEqual(f.answers.satisfaction);
    expect(scaled(t, l, 10)).toEqual(f.answers.service);
    expect(mean(t.rows.slice(3).map((r) => Number(r[12])))).toBeCloseTo(mean(f.answers.nps!), 10);
  });

  it('legacy Qualtrics: V-codes over ResponseID, "text-sub" matrix rows', async () => {
    const { t, l, f } = await read('qualtricsLegacy');
    expect([byHeader(l, 'ResponseID').role, byHeader(l, 'EndDate').role, byHeader(l, 'ResponseSet').role]).toEqual(['respondent-id', 'submitted-at', 'metadata']);
    expect(l.columns[11]).toMatchObject({ code: 'Q2_1', question: 'Rate us', subQuestion: 'Speed' });
    expect(t.rows.slice(2).map((r) => Number(r[10]))).toEqual(f.answers.q1);
  });

  it('Google Forms XLSX: real dates, grid rows and comma-joined choices with commas inside', async () => {
    const { t, l, f } = await read('googleForms');
    expect(l.columns[0]).toMatchObject({ header: 'Timestamp', role: 'submitted-at' });
    expect(t.rows.slice(1).map((r) => r[0])).toEqual(f.answers.timestamp);
    expect(t.rows.slice(1).map((r) => parseDateLoose(r[0]!))).toEqual(f.answers.timestamp);
    expect(l.columns[4]).toMatchObject({ question: 'Rate our staff', subQuestion: 'Friendliness' });
    expect(scaled(t, l, 4)).toEqual(f.answers.friendliness);
    const options = ['Sales', 'Service', 'Parts, accessories'];
    expect(t.rows.slice(1).map((r) => (r[3] ? splitMulti(r[3], l.tool, options).join(', ') : null))).toEqual(f.answers.departments);
    expect(mean(t.rows.slice(1).map((r) => Number(r[2])))).toBeCloseTo(mean(f.answers.overall!), 10);
  });

  it('plain sheets in UTF-16 and cp1252: one header row, numeric means', async () => {
    const u = await read('utf16');
    expect(mean(u.t.rows.slice(1).map((r) => Number(r[2])))).toBeCloseTo(mean(u.f.answers.overall!), 10);
    expect(u.t.rows[4]![4]).toBe('tab\there, "quoted"');
    const de = await read('cp1252');
    expect(mean(de.t.rows.slice(1).map((r) => Number(r[2])))).toBeCloseTo(mean(de.f.answers.zufriedenheit!), 10);
  });
});

describe('detectLayout on hand-made tables', () => {
  it('returns an empty plain layout for no rows', () => {
    expect(detectLayout([])).toEqual({ tool: 'plain', headerRows: 0, dataStartRow: 0, columns: [] });
  });

  it('skips a title row above the header and pads short rows to the widest', () => {
    const l = detectLayout([['客户满意度调查 2026'], [], ['编号', '部门', 'Q1. Overall'], ['1', '销售', '5', 'extra']]);
    expect([l.tool, l.headerRows, l.dataStartRow]).toEqual(['plain', 1, 3]);
    expect(l.columns.map((c) => [c.header, c.code, c.question, c.role])).toEqual([
      ['编号', null, '编号', 'respondent-id'], ['部门', null, '部门', 'answer'], ['Q1. Overall', 'Q1', 'Overall', 'answer'], ['Column D', null, 'Column D', 'answer'],
    ]);
  });

  it('does not take a plain sheet with a RespondentID column for SurveyMonkey', () => {
    expect(detectLayout([['RespondentID', 'Gender'], ['17', 'Male']]).tool).toBe('plain');
  });

  it('recognises Google Forms in Chinese and a grid only where columns share a question', () => {
    const l = detectLayout([['时间戳记', '评分 [速度]', '评分 [态度]', '备注 [可选]'], ['2026/3/1 9:15:00', '5', '4', '']]);
    expect(l.tool).toBe('google-forms');
    expect(l.columns.map((c) => c.subQuestion)).toEqual([null, '速度', '态度', '可选']);
    const p = detectLayout([['Name', 'Rating [Speed]', 'Note [optional]'], ['a', '1', '']]);
    expect(p.columns.map((c) => [c.question, c.subQuestion])).toEqual([['Name', null], ['Rating [Speed]', null], ['Note [optional]', null]]);
  });

  it('recognises the metadata of Microsoft Forms, Typeform-style tools and Traditional Chinese and Japanese sheets', () => {
    const forms = detectLayout([['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How satisfied are you?'], ['1', '3/1/26 9:15:00', '3/1/26 9:20:00', 'anonymous', '', '4']]);
    expect(forms.columns.map((c) => c.role)).toEqual(['respondent-id', 'metadata', 'submitted-at', 'metadata', 'metadata', 'answer']);
    const typeform = detectLayout([['#', 'How likely are you to recommend us?', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID', 'Tags'], ['a1b2', '9', '2026-03-01 09:15:00', '2026-03-01 09:20:00', 'f00', '']]);
    expect(typeform.columns.map((c) => c.role)).toEqual(['respondent-id', 'answer', 'metadata', 'submitted-at', 'metadata', 'metadata']);
    const big5 = detectLayout([['序號', '提交時間', '1、您對銷售顧問的接待滿意嗎？'], ['1', '2026/3/1 9:15', '非常滿意']]);
    expect(big5.columns.map((c) => c.role)).toEqual(['respondent-id', 'submitted-at', 'answer']);
    const japanese = detectLayout([['回答番号', '回答日時', '満足度'], ['1', '2026/3/1 9:15', 'とても満足']]);
    expect(japanese.columns.map((c) => c.role)).toEqual(['respondent-id', 'submitted-at', 'answer']);
  });

  it('keeps one respondent id, submit time and duration per table', () => {
    // Same name twice: the first wins. Two submit-time names: the better-ranked one ("Submitted").
    const l = detectLayout([['id', 'ID', 'Timestamp', 'Submitted', 'Q'], ['1', '1', 'x', 'y', '3']]);
    expect(l.columns.map((c) => c.role)).toEqual(['respondent-id', 'metadata', 'metadata', 'submitted-at', 'answer']);
  });
});
