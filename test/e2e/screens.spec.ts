/**
 * Regenerates the curated screenshots under docs/screens/ (see its README): the main screens
 * in both languages at 1440×900, presentation mode at 1920×1080. Runs only when asked
 * (`npm run screens`), so an ordinary test run never rewrites the docs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, initWorkspace, test } from './support/app';
import { cards } from './support/editor';
import { call, seedRounds } from './support/seed-rounds';

const OUT = resolve(import.meta.dirname, '../../docs/screens');
const LANGS = [
  { lang: 'zh-CN', locale: 'zh-CN', present: '演示', next: '下一步', round: '复测', importInto: '导入答卷到“复测”', wizard: '导入答卷' },
  { lang: 'en', locale: 'en-US', present: 'Presentation', next: 'Next', round: 'Retest', importInto: 'Import responses into Retest', wizard: 'Import responses' },
] as const;

test.skip(!process.env.JA_SCREENS, 'regenerates docs/screens only with JA_SCREENS=1 (npm run screens)');

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600); // antd's entry transitions and chart animations settle
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

for (const l of LANGS) {
  test(`screens (${l.lang})`, async ({ launch }, testInfo) => {
    test.setTimeout(240_000);
    mkdirSync(OUT, { recursive: true });
    const workspace = testInfo.outputPath('sample.jaudit');
    initWorkspace(workspace, '--sample', '--lang', l.lang);
    const { page } = await launch({ workspace, locale: l.locale });
    await page.setViewportSize({ width: 1440, height: 900 });
    const base = page.url().replace(/#.*$/, '');

    await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    if (l.lang === 'zh-CN') await shot(page, `journeys-${l.lang}`);

    await page.getByRole('table').getByRole('link').first().click();
    await expect(cards(page).first()).toBeVisible();
    await shot(page, `editor-${l.lang}`);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: l.present, exact: true }).click();
    await expect(page.locator('.ja-editor-stage.is-presenting')).toBeVisible();
    await shot(page, `presentation-${l.lang}-1920`);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });

    const { surveyId, rounds } = await seedRounds(page);
    await page.goto(`${base}#/compare?before=${rounds[0]}&after=${rounds[1]}`);
    await expect(page.getByTestId('count-better')).toBeVisible();
    await shot(page, `compare-${l.lang}`);

    await page.goto(`${base}#/pain-points`);
    await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    await shot(page, `painpoints-${l.lang}`);

    await call(page, 'rounds.create', { surveyId, label: l.round, phase: 'external' });
    await page.goto(`${base}#/surveys/${surveyId}/rounds`);
    await page.getByRole('button', { name: l.importInto, exact: true }).click();
    const wizard = page.getByRole('dialog', { name: l.wizard });
    const file = testInfo.outputPath('hotline.csv');
    const rows = ['ID,电话被转接了几次 / Transfers,服务人员的态度 / Manner (1–5)', ...Array.from({ length: 40 }, (_, i) => `R${i + 1},${i % 4},${i === 7 ? 9 : (i % 5) + 1}`)];
    writeFileSync(file, `${rows.join('\n')}\n`);
    await wizard.getByLabel(l.lang === 'en' ? 'Survey file' : '问卷文件').setInputFiles(file);
    await expect(wizard.getByText('hotline.csv').first()).toBeVisible({ timeout: 20_000 });
    await wizard.getByRole('button', { name: l.next }).click();
    if (l.lang === 'zh-CN') await shot(page, `import-columns-${l.lang}`);
    await wizard.getByRole('button', { name: l.next }).click();
    await wizard.getByRole('button', { name: l.next }).click();
    await expect(wizard.getByRole('button', { name: l.lang === 'en' ? 'Import' : '导入', exact: true })).toBeVisible({ timeout: 20_000 });
    await shot(page, `import-check-${l.lang}`);
  });
}
