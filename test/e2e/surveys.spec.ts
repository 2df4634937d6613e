/**
 * A project lead's round: create a survey from a template, add a round, import a real
 * 问卷星 export through the wizard with a real file upload, see the summary; a re-import of
 * the same file is recognised and skipped, never doubled.
 */
import { join, resolve } from 'node:path';
import { expect, test } from './support/app';

const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples');

test('a survey, a round, the import wizard end to end with a real 问卷星 file, the summary', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('navigation').getByText('Surveys', { exact: true }).click();
  await page.getByRole('button', { name: 'New survey' }).first().click();
  const create = page.getByRole('dialog', { name: 'New survey' });
  await create.getByLabel('Name', { exact: true }).fill('Customer experience 2026');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Customer experience 2026' })).toBeVisible();

  await page.getByRole('tab', { name: 'Rounds' }).click();
  await page.getByRole('button', { name: 'New round' }).first().click();
  const round = page.getByRole('dialog', { name: 'New round' });
  await round.getByLabel('Label', { exact: true }).fill('Baseline 2026-H1');
  await round.getByRole('button', { name: /Create|Save|OK/ }).click();
  await expect(round).toBeHidden();

  const importOnce = async () => {
    await page.getByRole('button', { name: 'Import responses into Baseline 2026-H1' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import responses' });
    await wizard.getByLabel('Survey file').setInputFiles(join(SAMPLES, 'wenjuanxing-800-text.xls'));
    await expect(wizard.getByText('问卷星').first()).toBeVisible({ timeout: 20_000 });
    return wizard;
  };

  let wizard = await importOnce();
  await expect(wizard.getByText('800', { exact: false }).first()).toBeVisible();
  await wizard.getByRole('button', { name: 'Next' }).click(); // columns
  await wizard.getByRole('button', { name: 'Next' }).click(); // answers
  await wizard.getByRole('button', { name: 'Next' }).click(); // check
  await expect(wizard.getByText(/Every answer is understood/)).toBeVisible({ timeout: 20_000 });
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Import complete')).toBeVisible({ timeout: 30_000 });
  await expect(wizard.getByText(/800 responses/)).toBeVisible();
  await wizard.getByRole('button', { name: 'Close' }).click();

  // The same file again: recognised; skipping keeps 800, never 1,600.
  wizard = await importOnce();
  for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText(/already imported into this round/)).toBeVisible({ timeout: 20_000 });
  await expect(wizard.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await wizard.getByText('Skip — keep the earlier import').click();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText(/Skipped/)).toBeVisible({ timeout: 30_000 });
  await wizard.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Summary of Baseline 2026-H1' }).click();
  await expect(page.getByText('性别').first()).toBeVisible();
  await expect(page.locator('.ant-descriptions').first()).toContainText('Responses');
  await expect(page.locator('.ant-descriptions').first()).toContainText('800');
  await expect(page.getByText('521 · 65%')).toBeVisible(); // 1部: 521 of 800 in the file
});
