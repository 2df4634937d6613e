/**
 * A project lead's before/after: a survey with two rounds of 40 customers each — the waiting
 * time got clearly better, the friendliness did not move — compared on the Compare page; the
 * picks survive a reload; the report downloads as a real PDF and a real XLSX with the numbers.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { call, seedRounds } from './support/seed-rounds';

const cycle = (values: number[], n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]!);
const seed = async (page: Page) => (await seedRounds(page)).rounds;

async function pick(page: Page, label: 'Before' | 'After', round: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(round);
  await page.keyboard.press('Enter');
}

test('two rounds compared: the clear change is better, the other unclear; reload keeps the picks; PDF and XLSX reports', async ({ launch }, testInfo) => {
  // The PDF is printed by a headless browser the backend starts: give it time on a slow machine.
  test.setTimeout(240_000);
  const { page } = await launch();
  await expect(page.getByRole('navigation').getByText('Compare', { exact: true })).toBeVisible();
  await seed(page);

  await page.getByRole('navigation').getByText('Compare', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Compare', level: 1 })).toBeVisible();
  await pick(page, 'Before', 'Baseline 2026-H1');
  await pick(page, 'After', 'Follow-up 2026-H2');

  const table = page.getByRole('table', { name: 'Compared items' });
  const wait = table.getByRole('row').filter({ hasText: 'WAIT' });
  const friend = table.getByRole('row').filter({ hasText: 'FRIEND' });
  await expect(wait).toContainText('Better');
  await expect(wait).toContainText('likely a real change');
  await expect(friend).toContainText('No clear change');
  await expect(page.getByTestId('count-better')).toContainText(/[1-9]/);
  await expect(page.getByTestId('headline-nps')).toContainText('→');

  // The picks live in the address: a reload shows the same comparison.
  expect(page.url()).toContain('before=');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Compared items' }).getByRole('row').filter({ hasText: 'WAIT' })).toContainText('Better');

  // Only significant changes: the unchanged item leaves the table.
  await page.getByRole('switch', { name: 'Only significant changes' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'FRIEND' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Only significant changes' }).click();

  // Charts load on first use and download as PNG.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const means = 'Mean before and after, with 95% confidence intervals';
  await expect(page.getByRole('img', { name: means })).toBeVisible();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download “${means}” as PNG` }).click();
  const pngFile = testInfo.outputPath('means.png');
  await (await png).saveAs(pngFile);
  expect(readFileSync(pngFile).subarray(1, 4).toString()).toBe('PNG');

  // The change on the journey map downloads as a PNG at twice its drawn size.
  await page.getByRole('tab', { name: 'On the journey map' }).click();
  await expect(page.getByRole('group', { name: /^Changes on the journey map/ })).toBeVisible();
  const mapPng = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the map as PNG' }).click();
  const mapFile = testInfo.outputPath('map.png');
  await (await mapPng).saveAs(mapFile);
  const mapBytes = readFileSync(mapFile);
  expect(mapBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(mapBytes.readUInt32BE(16)).toBeGreaterThan(1600); // width in pixels
  expect(mapBytes.length).toBeGreaterThan(30_000);

  const report = async (button: string, name: string) => {
    const download = page.waitForEvent('download', { timeout: 150_000 });
    await page.getByRole('group', { name: 'Export the report' }).getByRole('button', { name: button }).click();
    const file = testInfo.outputPath(name);
    await (await download).saveAs(file);
    return file;
  };

  const pdf = await report('PDF', 'report.pdf');
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const xlsx = await report('Excel (XLSX)', 'report.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  expect(cells.some((c) => c.includes('WAIT'))).toBe(true);
  // The before and after means of the waiting time (2.4 → 4.4) are in the workbook as numbers.
  expect(cells.some((c) => /^2\.4/.test(c))).toBe(true);
  expect(cells.some((c) => /^4\.4/.test(c))).toBe(true);
});

test('a transfer count that drops reads "better", by its question text, in Chinese', async ({ launch }) => {
  const { page } = await launch({ locale: 'zh-CN' });
  const survey = await call<{ id: string; version: number }>(page, 'surveys.create', { name: '客户体验 2026', kind: 'external', description: '' });
  const text = '本次报修时，您的电话一共被转接了几次？请把所有转给其他同事或部门的次数都算上，包括转到外包服务商的情况';
  const {
    questions: [q],
  } = await call<{ questions: { id: string; direction: string }[] }>(page, 'surveys.saveQuestions', {
    surveyId: survey.id,
    baseVersion: survey.version,
    questions: [{ id: null, code: 'CX04', text, type: 'number', scaleMin: null, scaleMax: null, labels: [], group: '', link: null }],
  });
  expect(q!.direction).toBe('lower-better');
  // 2.22 before, 0.80 after: 50 answers each.
  const before = [...cycle([0], 5), ...cycle([1], 10), ...cycle([2], 15), ...cycle([3], 12), ...cycle([4], 5), ...cycle([5], 3)];
  const after = [...cycle([0], 20), ...cycle([1], 20), ...cycle([2], 10)];
  for (const [label, values] of [['基线 2026-H1', before], ['复测 2026-H2', after]] as const) {
    const round = await call<{ id: string }>(page, 'rounds.create', { surveyId: survey.id, label, phase: 'external' });
    await call(page, 'rounds.addResponses', { id: round.id, responses: values.map((v, i) => ({ externalId: `${label}-${i}`, attributes: {}, answers: { [q!.id]: v } })) });
  }
  await page.getByRole('navigation').getByText('对比', { exact: true }).click();
  for (const [name, round] of [['改善前', '基线 2026-H1'], ['改善后', '复测 2026-H2']] as const) {
    await page.getByLabel(name, { exact: true }).click();
    await page.keyboard.type(round);
    await page.keyboard.press('Enter');
  }
  const row = page.getByRole('table', { name: '对比项目' }).getByRole('row').filter({ hasText: 'CX04' });
  await expect(row).toContainText('本次报修时，您的电话一共被转接了几次？');
  await expect(row).toContainText('变好');
  await expect(row).toContainText('下降 1.42（2.22 → 0.80），越低越好：改善');
  await expect(row.locator('.ja-item-code')).toHaveText('CX04');
  for (const [w, h] of [[1440, 900], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `/tmp/meaning-compare-zh-${w}.png` });
  }
});
