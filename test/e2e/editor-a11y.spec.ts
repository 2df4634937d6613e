/**
 * The map editor and its presentation pass an axe-core scan of the WCAG 2 A and AA rules,
 * in English and in Chinese: no ARIA a role does not allow, no text below AA contrast
 * (projectors wash low contrast out further).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, initWorkspace, test } from './support/app';
import { axeViolations } from './support/axe';
import { card, cards } from './support/editor';

const LANGS = [
  { lang: 'en', locale: 'en-US', present: 'Presentation', firstCard: 'Hotline voice menu' },
  { lang: 'zh-CN', locale: 'zh-CN', present: '演示', firstCard: '热线语音导航' },
] as const;

for (const { lang, locale, present, firstCard } of LANGS) {
  test(`the editor and presentation mode have no WCAG 2 A/AA violations (${lang})`, async ({ launch }, testInfo) => {
    test.setTimeout(120_000);
    mkdirSync(testInfo.outputDir, { recursive: true });
    const workspace = join(testInfo.outputDir, 'sample.jaudit');
    initWorkspace(workspace, '--sample', '--lang', lang);
    const { page } = await launch({ workspace, locale });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('table').getByRole('link').first().click();
    await expect(cards(page).first()).toBeVisible();
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    expect(await axeViolations(page), 'editor').toEqual([]);

    // A selected card: the inspector's form and the card's selected state.
    await card(page, firstCard).click();
    await expect(page.getByRole('radiogroup').first()).toBeVisible();
    expect(await axeViolations(page), 'editor with a card selected').toEqual([]);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: present, exact: true }).click();
    await expect(page.locator('.ja-editor-stage.is-presenting')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await axeViolations(page, { include: '.ja-editor-stage' }), 'presentation').toEqual([]);
  });
}
