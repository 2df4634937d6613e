/**
 * 问卷星's option-number export ("按选项序号") through the import wizard in browser mode: the
 * wizard offers to add the text export of the same survey ("按选项文本"), the check step shows
 * the option texts, and the summary counts answers under those texts — counts computed here
 * from the two real files (test/fixtures/samples, see its README). A later option-number file
 * imported without the text export reads its numbers through the survey's saved mapping, and
 * the check step says so.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app';

const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples');
const CODES = 'wenjuanxing-357-codes.xls';
const TEXTS = 'wenjuanxing-357-text.xls';

test.describe.configure({ timeout: 240_000 });

const sheetRows = (file: string): string[][] => {
  const wb = XLSX.read(readFileSync(join(SAMPLES, file)), { type: 'buffer' });
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
};

/** Per answer text of the column whose header starts with `prefix`: how many respondents of the code file chose it (codes matched to texts by 序号). */
function countsByText(prefix: string): { counts: Map<string, number>; byCode: Map<string, string> } {
  const codes = sheetRows(CODES);
  const texts = sheetRows(TEXTS);
  const col = (rows: string[][]) => rows[0]!.findIndex((h) => h.startsWith(prefix));
  const [cc, tc] = [col(codes), col(texts)];
  const textById = new Map(texts.slice(1).map((r) => [r[0]!, r[tc]!]));
  const byCode = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const r of codes.slice(1)) {
    const text = textById.get(r[0]!)!;
    byCode.set(r[cc]!, text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return { counts, byCode };
}

async function newSurvey(page: Page, zh: boolean) {
  await page.getByRole('navigation').getByText(zh ? '问卷' : 'Surveys', { exact: true }).click();
  await page.getByRole('button', { name: zh ? '新建问卷' : 'New survey' }).first().click();
  const create = page.getByRole('dialog', { name: zh ? '新建问卷' : 'New survey' });
  await create.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill('Codes');
  await create.getByRole('button', { name: zh ? /创\s*建/ : 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Codes' })).toBeVisible();
  await page.getByRole('tab', { name: zh ? '轮次' : 'Rounds' }).click();
}

async function newRound(page: Page, zh: boolean, label: string) {
  await page.getByRole('button', { name: zh ? '新建轮次' : 'New round' }).first().click();
  const round = page.getByRole('dialog', { name: zh ? '新建轮次' : 'New round' });
  await round.getByLabel(zh ? '名称' : 'Label', { exact: true }).fill(label);
  await round.getByRole('button', { name: zh ? /创\s*建|保\s*存|确\s*定/ : /Create|Save|OK/ }).click();
  await expect(round).toBeHidden();
}

async function openWizard(page: Page, zh: boolean, round: string): Promise<Locator> {
  await page.getByRole('button', { name: zh ? `导入答卷到“${round}”` : `Import responses into ${round}` }).click();
  const wizard = page.getByRole('dialog', { name: zh ? '导入答卷' : 'Import responses' });
  await wizard.getByLabel(zh ? '问卷文件' : 'Survey file').setInputFiles(join(SAMPLES, CODES));
  return wizard;
}

async function toCheck(wizard: Locator, zh: boolean) {
  for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: zh ? /下一步/ : 'Next' }).click({ timeout: 60_000 });
  await expect(wizard.locator('.ja-wiz-stats')).toBeVisible({ timeout: 30_000 });
}

async function importAndClose(wizard: Locator, zh: boolean) {
  await wizard.getByRole('button', { name: zh ? /^导\s*入$/ : 'Import', exact: !zh }).click();
  await expect(wizard.getByText(zh ? '导入完成' : 'Import complete')).toBeVisible({ timeout: 60_000 });
  await expect(wizard.getByText(zh ? /已导入 204 份答卷/ : /204 responses with/)).toBeVisible();
  await wizard.getByRole('button', { name: zh ? /关\s*闭/ : 'Close' }).click();
}

test('问卷星 option numbers read as the option texts of the text export, in the check step and the summary', async ({ launch }) => {
  const gender = countsByText('1、');
  const age = countsByText('2、');
  expect(gender.counts.size).toBe(2);
  const { page } = await launch();
  await newSurvey(page, false);
  await newRound(page, false, 'R1');
  const wizard = await openWizard(page, false, 'R1');
  await expect(wizard.getByText('This is 问卷星’s option-number export (“按选项序号”): 3 questions hold option numbers')).toBeVisible({ timeout: 60_000 });
  // A file that is not the text export of this survey is refused, saying so, and changes nothing.
  await wizard.getByLabel('Text export of the same survey (按选项文本)').setInputFiles(join(SAMPLES, 'wenjuanxing-800-text.xls'));
  await expect(wizard.getByText('wenjuanxing-800-text.xls gives no option texts for the option numbers of wenjuanxing-357-codes.xls')).toBeVisible({ timeout: 60_000 });
  await wizard.getByLabel('Text export of the same survey (按选项文本)').setInputFiles(join(SAMPLES, TEXTS));
  await expect(wizard.getByText(`The option numbers of 3 questions read as the option texts of ${TEXTS}`)).toBeVisible({ timeout: 60_000 });
  await expect(wizard.getByText('gives no option texts')).toBeHidden();
  // Removed, the options are numbers again and the offer comes back; added again, they read as texts.
  await wizard.getByRole('button', { name: 'Remove' }).click();
  await expect(wizard.getByText('This is 问卷星’s option-number export (“按选项序号”): 3 questions hold option numbers')).toBeVisible();
  await wizard.getByLabel('Text export of the same survey (按选项文本)').setInputFiles(join(SAMPLES, TEXTS));
  await expect(wizard.getByText(`The option numbers of 3 questions read as the option texts of ${TEXTS}`)).toBeVisible({ timeout: 60_000 });

  await toCheck(wizard, false);
  await expect(wizard.getByText(`The option numbers of 3 questions read as the option texts of ${TEXTS}:`)).toBeVisible();
  const table = wizard.getByRole('table', { name: 'Option numbers and their texts' });
  const genderRow = table.getByRole('row').filter({ hasText: '请问您的性别' });
  for (const [code, text] of gender.byCode) await expect(genderRow.locator('li').filter({ hasText: text })).toHaveText(`${code}${text}`);
  const ageRow = table.getByRole('row').filter({ hasText: '请问您的年龄' });
  for (const text of age.counts.keys()) await expect(ageRow).toContainText(text);
  await importAndClose(wizard, false);

  await page.getByRole('button', { name: 'Summary of R1' }).click();
  for (const [needle, { counts }] of [['请问您的性别', gender], ['请问您的年龄', age]] as const) {
    const bars = page.locator('.ja-result').filter({ hasText: needle }).locator('.ja-bars-row');
    await expect(bars).toHaveCount(counts.size);
    for (const [text, n] of counts) await expect(bars.filter({ has: page.locator('.ja-bars-label', { hasText: new RegExp(`^${text}$`) }) }).locator('.ja-bars-value')).toHaveText(new RegExp(`^${n} ·`));
  }
});

test('a later option-number file without the text export reads its numbers through the saved mapping, and the check step says so (zh-CN)', async ({ launch }) => {
  const gender = countsByText('1、');
  const { page } = await launch({ locale: 'zh-CN' });
  await newSurvey(page, true);
  await newRound(page, true, 'R1');
  let wizard = await openWizard(page, true, 'R1');
  await expect(wizard.getByText('这是问卷星的“按选项序号”导出文件：3 道题是选项序号')).toBeVisible({ timeout: 60_000 });
  await wizard.getByLabel('同一份问卷的文本导出文件（按选项文本）').setInputFiles(join(SAMPLES, TEXTS));
  await expect(wizard.getByText(`3 道题的选项序号已按 ${TEXTS} 中的选项文字读取`)).toBeVisible({ timeout: 60_000 });
  await toCheck(wizard, true);
  await importAndClose(wizard, true);

  await page.getByRole('tab', { name: '轮次' }).click();
  await newRound(page, true, 'R2');
  wizard = await openWizard(page, true, 'R2');
  await expect(wizard.locator('.ja-wiz-stats, .ja-wiz-preview').first()).toBeVisible({ timeout: 60_000 });
  // The saved mapping already names the options: no text export is asked for.
  await expect(wizard.getByText('这是问卷星的“按选项序号”导出文件')).toBeHidden();
  await toCheck(wizard, true);
  await expect(wizard.getByText('3 道题的选项序号已按此问卷之前导入时保存的选项文字读取：')).toBeVisible();
  const genderRow = wizard.getByRole('table', { name: '选项序号及其文字' }).getByRole('row').filter({ hasText: '请问您的性别' });
  for (const text of gender.counts.keys()) await expect(genderRow).toContainText(text);
  await importAndClose(wizard, true);
  await page.getByRole('button', { name: '“R2”的汇总' }).click();
  const bars = page.locator('.ja-result').filter({ hasText: '请问您的性别' }).locator('.ja-bars-row');
  for (const [text, n] of gender.counts) await expect(bars.filter({ has: page.locator('.ja-bars-label', { hasText: new RegExp(`^${text}$`) }) }).locator('.ja-bars-value')).toHaveText(new RegExp(`^${n} ·`));
});
