/**
 * The import wizard's outlier switch, as the CLI's --keep-outliers: off (the default), an
 * implausible age is flagged and left out of the mean; on, it counts. The means are computed
 * here from the file written by the test.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';

// Two imports through every step of the wizard.
test.describe.configure({ timeout: 240_000 });

const AGES = Array.from({ length: 30 }, (_, i) => 20 + ((i * 7) % 40));
const IMPLAUSIBLE = 99_999;
const rows = ['Respondent,Age,Comment', ...AGES.map((a, i) => `P${i + 1},${a},`), `P31,${IMPLAUSIBLE},typo`];
const one = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function newRound(page: Page, label: string) {
  await page.getByRole('tab', { name: 'Rounds' }).click();
  await page.getByRole('button', { name: 'New round' }).first().click();
  const round = page.getByRole('dialog', { name: 'New round' });
  await round.getByLabel('Label', { exact: true }).fill(label);
  await round.getByRole('button', { name: /Create|Save|OK/ }).click();
  await expect(round).toBeHidden();
}

async function importWith(page: Page, file: string, round: string, keep: boolean) {
  await page.getByRole('button', { name: `Import responses into ${round}` }).click();
  const wizard = page.getByRole('dialog', { name: 'Import responses' });
  await wizard.getByLabel('Survey file').setInputFiles(file);
  for (let i = 0; i < 3; i++) await wizard.getByRole('button', { name: 'Next' }).click({ timeout: 60_000 });
  await expect(wizard.locator('.ja-wiz-stats')).toBeVisible({ timeout: 30_000 });
  const toggle = wizard.getByRole('switch', { name: 'Keep implausible numbers in means' });
  await expect(toggle).not.toBeChecked();
  await expect(wizard.getByText(/^Off: .*left out of means/)).toBeVisible();
  if (keep) {
    await toggle.click();
    await expect(wizard.getByText(/^On: every number counts in means/)).toBeVisible({ timeout: 30_000 });
    // The check runs again under the switch: its warning says the numbers are kept.
    await expect(wizard.getByRole('table', { name: 'Warnings about the file' })).toContainText('are kept in means, as asked');
    await expect(toggle).toBeChecked();
  }
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Import complete')).toBeVisible({ timeout: 60_000 });
  await wizard.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: `Summary of ${round}` }).click();
  return page.locator('.ja-result').filter({ has: page.getByRole('heading', { name: 'Age', exact: true }) });
}

test('the outlier switch in the check step leaves an implausible age out of the mean, or keeps it', async ({ launch }, testInfo) => {
  const file = testInfo.outputPath('ages.csv');
  writeFileSync(file, rows.join('\r\n') + '\r\n');
  const { page } = await launch();
  await page.getByRole('navigation').getByText('Surveys', { exact: true }).click();
  await page.getByRole('button', { name: 'New survey' }).first().click();
  const create = page.getByRole('dialog', { name: 'New survey' });
  await create.getByLabel('Name', { exact: true }).fill('Ages');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Ages' })).toBeVisible();

  await newRound(page, 'Dropped');
  const dropped = await importWith(page, file, 'Dropped', false);
  await expect(dropped.locator('.ja-metric').filter({ hasText: 'Outliers left out' })).toContainText('1');
  await expect(dropped.locator('.ja-metric').filter({ hasText: 'Mean' })).toContainText(one(mean(AGES)));

  await page.getByRole('link', { name: 'Rounds of Ages' }).click();
  await newRound(page, 'Kept');
  const kept = await importWith(page, file, 'Kept', true);
  await expect(kept.locator('.ja-metric').filter({ hasText: 'Mean' })).toContainText(one(mean([...AGES, IMPLAUSIBLE])));
  await expect(kept.locator('.ja-metric').filter({ hasText: 'Outliers left out' })).toHaveCount(0);
});
