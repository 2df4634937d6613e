/**
 * The main pages pass an axe-core scan (WCAG 2 A and AA) in English and in Chinese: journeys,
 * surveys (list, a survey, a round's summary), compare, pain points, and the workspace menu
 * with its backups dialog. Projectors wash out low contrast, so contrast counts here too.
 */
import { expect, test } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { seedRounds } from './support/seed-rounds';

test('the main pages have no axe violations, in English and Chinese', async ({ launch }) => {
  test.setTimeout(300_000);
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  const { surveyId, rounds } = await seedRounds(page);
  const survey = { id: surveyId };
  const seeded = { before: rounds[0]!, after: rounds[1]! };
  const base = page.url().replace(/#.*$/, '');

  const pages: [string, string, () => Promise<void>][] = [
    ['journeys', '#/journeys', () => expect(page.getByRole('table').getByRole('link').first()).toBeVisible()],
    ['surveys', '#/surveys', () => expect(page.getByRole('table').getByRole('link').first()).toBeVisible()],
    ['a survey', `#/surveys/${survey!.id}`, () => expect(page.getByRole('tab').first()).toBeVisible()],
    ['a round summary', `#/surveys/${survey!.id}/rounds/${seeded.after}`, () => expect(page.getByRole('table').first()).toBeVisible()],
    ['compare', `#/compare?before=${seeded.before}&after=${seeded.after}`, () => expect(page.getByTestId('count-better')).toBeVisible()],
    ['pain points', '#/pain-points', () => expect(page.getByRole('table').getByRole('link').first()).toBeVisible()],
  ];
  for (const lang of ['English', '中文']) {
    await page.getByRole('radio', { name: lang }).check();
    for (const [, hash, ready] of pages) {
      await page.goto(base + hash);
      await ready();
      await page.waitForTimeout(300); // antd's entry transitions settle
      await expectNoAxeViolations(page);
    }
    await page.goto(`${base}#/journeys`);
    await page.getByRole('button', { name: lang === 'English' ? 'Workspace' : '工作区' }).click();
    await expect(page.getByRole('menu').last()).toBeVisible();
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
    await page.getByRole('menuitem', { name: lang === 'English' ? 'Backups…' : /备份/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
  }
});
