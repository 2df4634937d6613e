/**
 * Real exports through the import wizard in browser mode, with default settings: the Google
 * Forms TSV (write-ins, options with commas, an NPS computed here from the raw file), the
 * 问卷星 357 text export in Chinese (NULL metadata as warnings worded in Chinese), and the
 * SurveyMonkey Star Wars file, whose check step and finished message give the same number
 * of answers.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';

const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples');

// Files of 1,000+ rows through every step of the wizard: slower than the other specs.
test.describe.configure({ timeout: 240_000 });

async function newSurveyAndRound(page: Page, zh: boolean) {
  await page.getByRole('navigation').getByText(zh ? '问卷' : 'Surveys', { exact: true }).click();
  await page.getByRole('button', { name: zh ? '新建问卷' : 'New survey' }).first().click();
  const create = page.getByRole('dialog', { name: zh ? '新建问卷' : 'New survey' });
  await create.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill('Samples');
  await create.getByRole('button', { name: zh ? /创\s*建/ : 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Samples' })).toBeVisible();
  await page.getByRole('tab', { name: zh ? '轮次' : 'Rounds' }).click();
  await page.getByRole('button', { name: zh ? '新建轮次' : 'New round' }).first().click();
  const round = page.getByRole('dialog', { name: zh ? '新建轮次' : 'New round' });
  await round.getByLabel(zh ? '名称' : 'Label', { exact: true }).fill('R1');
  await round.getByRole('button', { name: zh ? /创\s*建|保\s*存|确\s*定/ : /Create|Save|OK/ }).click();
  await expect(round).toBeHidden();
}

async function toCheckStep(page: Page, file: string, zh: boolean) {
  await page.getByRole('button', { name: zh ? '导入答卷到“R1”' : 'Import responses into R1' }).click();
  const wizard = page.getByRole('dialog', { name: zh ? '导入答卷' : 'Import responses' });
  await wizard.getByLabel(zh ? '问卷文件' : 'Survey file').setInputFiles(join(SAMPLES, file));
  for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: zh ? /下一步/ : 'Next' }).click({ timeout: 60_000 });
  await expect(wizard.locator('.ja-wiz-stats')).toBeVisible({ timeout: 30_000 });
  return wizard;
}

const statOf = async (wizard: ReturnType<Page['getByRole']>, title: string) =>
  Number((await wizard.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content').innerText()).replace(/[^\d]/g, ''));

test('the Google Forms TSV imports whole: write-ins kept, options with commas matched whole, the NPS of the raw file', async ({ launch }) => {
  const { page } = await launch();
  await newSurveyAndRound(page, false);
  const wizard = await toCheckStep(page, 'googleforms-r-survey-2018-es.tsv', false);
  expect(await statOf(wizard, 'Responses')).toBe(295);
  const checked = await statOf(wizard, 'Answers');
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Import complete')).toBeVisible({ timeout: 60_000 });
  await expect(wizard.getByText(new RegExp(`295 responses with ${checked.toLocaleString('en-US')} answers`))).toBeVisible();
  await wizard.getByRole('button', { name: 'Close' }).click();

  // NPS of "¿Qué tan probable es que recomiendes R…?" computed here from the file's 25th column.
  const rows = readFileSync(join(SAMPLES, 'googleforms-r-survey-2018-es.tsv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  const scores = rows.map((r) => r.split('\t')[24]!).filter((v) => /^\d+$/.test(v)).map(Number);
  const nps = Math.round(((scores.filter((x) => x >= 9).length - scores.filter((x) => x <= 6).length) / scores.length) * 100);
  await page.getByRole('button', { name: 'Summary of R1' }).click();
  const recommend = page.locator('.ja-result').filter({ hasText: 'recomiendes R' });
  await expect(recommend.locator('.ja-result-type')).toHaveText('0–10');
  await expect(recommend.locator('.ja-metric').filter({ hasText: 'NPS' })).toContainText(nps > 0 ? `+${nps}` : String(nps));
  const industry = page.locator('.ja-result').filter({ hasText: '¿En qué industria trabajas' });
  await expect(industry.locator('.ja-result-type')).toHaveText('Single');
  await expect(industry.locator('.ja-result-writeins li').first()).toBeVisible();
  await expect(page.locator('.ja-result').filter({ hasText: '¿Para qué aplicaciones usas R' }).locator('.ja-result-type')).toHaveText('Multiple');
  await expect(page.locator('.ja-result').filter({ hasText: 'control de versiones' }).locator('.ja-result-type')).toHaveText('Single');
});

test('问卷星 357 text export in Chinese: NULL metadata columns are one warning each, worded in Chinese, and the file imports', async ({ launch }) => {
  const { page } = await launch({ locale: 'zh-CN' });
  await newSurveyAndRound(page, true);
  const wizard = await toCheckStep(page, 'wenjuanxing-357-text.xls', true);
  expect(await statOf(wizard, '答卷')).toBe(204);
  const table = wizard.getByRole('table', { name: '关于文件的警告' });
  await expect(table).toContainText('第 B 列（提交时间）所有行都没有时间（204 个单元格为“NULL”）');
  await expect(table).toContainText('第 C 列（所用时间）');
  await expect(table).not.toContainText('is not');
  await wizard.getByRole('button', { name: /^导\s*入$/ }).click();
  await expect(wizard.getByText('导入完成')).toBeVisible({ timeout: 60_000 });
  await expect(wizard.getByText(/已导入 204 份答卷/)).toBeVisible();
});

test('SurveyMonkey Star Wars: the check step and the finished message count the same answers', async ({ launch }) => {
  const { page } = await launch();
  await newSurveyAndRound(page, false);
  const wizard = await toCheckStep(page, 'surveymonkey-starwars-2014.csv', false);
  expect(await statOf(wizard, 'Responses')).toBe(1186);
  const checked = await statOf(wizard, 'Answers');
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Import complete')).toBeVisible({ timeout: 60_000 });
  await expect(wizard.getByText(`1,186 responses with ${checked.toLocaleString('en-US')} answers imported`)).toBeVisible();
});
