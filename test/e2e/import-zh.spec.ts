/**
 * The import wizard in Chinese: a file the reader refuses and an answer off the scale are
 * explained in Chinese, not English; each question shows which way is better, defaulted from
 * its wording ("电话被转接了几次" is lower-better), the user can change it, and the import
 * stores what the wizard showed.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, initWorkspace, test } from './support/app';
import { call } from './support/seed-rounds';

/** Latin words of three letters or more, outside file names and question codes. */
const englishWords = (text: string) => text.replace(/[\w.-]+\.csv|\bCX\d+\b|NPS/g, '').match(/[A-Za-z]{3,}/g) ?? [];

async function openWizard(page: Page, template: string | undefined, dir: string) {
  const survey = await call<{ id: string }>(page, 'surveys.create', { name: template ? '客户回访' : '热线回访', kind: 'external', ...(template ? { template } : {}) });
  await call(page, 'rounds.create', { surveyId: survey.id, label: '基线', phase: 'external' });
  await page.goto(`${page.url().replace(/#.*$/, "")}#/surveys/${survey.id}/rounds`);
  await page.getByRole('button', { name: '导入答卷到“基线”' }).click();
  const wizard = page.getByRole('dialog', { name: '导入答卷' });
  await expect(wizard).toBeVisible();
  const choose = async (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    await wizard.getByLabel('问卷文件').setInputFiles(file);
  };
  return { surveyId: survey.id, wizard, choose };
}

test('a refused file and an answer off the scale are explained in Chinese', async ({ launch }, testInfo) => {
  const workspace = testInfo.outputPath('zh.jaudit');
  initWorkspace(workspace, '--sample', '--lang', 'zh-CN');
  const { page } = await launch({ workspace, locale: 'zh-CN' });
  const { wizard, choose } = await openWizard(page, 'customer-experience', testInfo.outputPath());

  await choose('empty.csv', '');
  const refusal = wizard.getByRole('alert').filter({ hasText: 'empty.csv' });
  await expect(refusal).toContainText('empty.csv 是空文件，没有任何行');
  expect(englishWords(await refusal.innerText())).toEqual([]);

  const rows = ['编号,CX01 服务热线清楚地理解了我的需求', ...Array.from({ length: 11 }, (_, i) => `R${i + 1},${i === 6 ? 9 : (i % 5) + 1}`)];
  await choose('scale.csv', `${rows.join('\n')}\n`);
  await expect(wizard.getByText('scale.csv').first()).toBeVisible({ timeout: 20_000 });
  await wizard.getByRole('button', { name: '下一步' }).click();
  const question = wizard.getByRole('combobox', { name: '第 B 列对应的题目' });
  await question.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(/^CX01 · /).click();
  await expect(wizard.locator('.ant-select', { has: page.getByRole('combobox', { name: '第 B 列对应的题目' }) })).toContainText('CX01');
  for (let i = 0; i < 2; i++) await wizard.getByRole('button', { name: '下一步' }).click();
  const warning = wizard.getByText(/9 超出“服务热线清楚地理解了我的需求”的量表范围 1–5/);
  await expect(warning).toBeVisible({ timeout: 20_000 });
  expect(englishWords(await warning.innerText())).toEqual([]);
});

test('the wizard shows which way is better, defaulted from the wording, and the import stores the choice', async ({ launch }, testInfo) => {
  const workspace = testInfo.outputPath('zh.jaudit');
  initWorkspace(workspace, '--sample', '--lang', 'zh-CN');
  const { page } = await launch({ workspace, locale: 'zh-CN' });
  const { surveyId, wizard, choose } = await openWizard(page, undefined, testInfo.outputPath());

  const rows = ['编号,电话被转接了几次,服务人员的态度（1–5 分）', ...Array.from({ length: 12 }, (_, i) => `R${i + 1},${i % 4},${(i % 5) + 1}`)];
  await choose('hotline.csv', `${rows.join('\n')}\n`);
  await expect(wizard.getByText('hotline.csv').first()).toBeVisible({ timeout: 20_000 });
  await wizard.getByRole('button', { name: '下一步' }).click();

  const select = (letter: string) => wizard.locator('.ant-select', { has: page.getByRole('combobox', { name: `第 ${letter} 列哪个方向更好` }) });
  await expect(select('B')).toContainText('越低越好');
  await expect(select('C')).toContainText('越高越好');
  await select('C').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('无好坏之分').click();
  await expect(select('C')).toContainText('无好坏之分');

  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByRole('button', { name: '导入', exact: true }).click();
  await expect(wizard.getByText('导入完成')).toBeVisible({ timeout: 30_000 });

  const survey = await call<{ questions: { text: string; direction: string }[] }>(page, 'surveys.get', { id: surveyId });
  const direction = (text: string) => survey.questions.find((q) => q.text.includes(text))?.direction;
  expect(direction('电话被转接了几次')).toBe('lower-better');
  expect(direction('服务人员的态度')).toBe('neutral');
});
