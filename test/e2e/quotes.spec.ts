/**
 * Quotation marks as each language sets them. A Chinese font early in the font stack draws ’
 * full-width, so the compare table's "Cohen’s d" read "Cohen’ s d"; English takes its quotes
 * from a Latin font, while Chinese text keeps the quotation marks of its own font.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/app';
import { seedRounds } from './support/seed-rounds';

/** The rendered width of the first `mark` in `el`'s text, in ems of its font size. */
function markWidth(el: Locator, mark: string): Promise<number> {
  return el.evaluate((node, ch) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(ch);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + ch.length);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(n.parentElement!).fontSize);
    }
    throw new Error(`no ${ch} in ${node.textContent}`);
  }, mark);
}

test('“Cohen’s d” has no gap after its apostrophe; Chinese keeps its own quotes', async ({ launch }) => {
  const { page } = await launch();
  const { rounds } = await seedRounds(page);
  const base = page.url().replace(/#.*$/, '');
  await page.goto(`${base}#/compare?before=${rounds[0]}&after=${rounds[1]}`);
  const header = page.getByRole('columnheader', { name: /Cohen’s d/ }).first();
  await expect(header).toBeVisible();
  expect(await markWidth(header, '’')).toBeLessThan(0.45);

  // Chinese text keeps the quotation marks of its own font.
  await page.getByRole('radio', { name: '中文' }).check();
  await page.goto(`${base}#/pain-points`);
  const help = page.getByText('“只看本部门”', { exact: false }).first();
  await expect(help).toBeVisible();
  expect(await help.evaluate((e) => getComputedStyle(e).fontFamily)).not.toContain('JA Latin Quotes');
});
