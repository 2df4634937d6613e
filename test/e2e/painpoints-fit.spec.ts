/**
 * The pain-point table fits the window a department head has: at 1440×900 and 1280×800, in
 * Chinese and in English, every column is on screen without scrolling sideways.
 */
import { expect, initWorkspace, test } from './support/app';

const CASES = [
  { lang: 'zh-CN', locale: 'zh-CN', title: '痛点' },
  { lang: 'en', locale: 'en-US', title: 'Pain points' },
] as const;

for (const c of CASES) {
  test(`the pain-point table needs no sideways scroll at 1440 and 1280 (${c.lang})`, async ({ launch }, testInfo) => {
    const workspace = testInfo.outputPath('sample.jaudit');
    initWorkspace(workspace, '--sample', '--lang', c.lang);
    const { page } = await launch({ workspace, locale: c.locale });
    const base = page.url().replace(/#.*$/, '');
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${base}#/pain-points`);
      await expect(page.getByRole('heading', { name: c.title, level: 1 })).toBeVisible();
      await expect(page.locator('.ja-pp-table tbody tr[data-id]').first()).toBeVisible();
      await page.waitForTimeout(300); // column widths settle after the first layout
      const box = await page.locator('.ja-pp-table .ant-table-content, .ja-pp-table .ant-table-body').first().evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        right: el.getBoundingClientRect().right,
      }));
      expect(box.scroll, `${size.width}px: the table is ${box.scroll}px wide in a ${box.client}px frame`).toBeLessThanOrEqual(box.client);
      expect(box.right).toBeLessThanOrEqual(size.width);
      // The last column's header is entirely inside the frame, not against the window's edge.
      const last = await page.locator('.ja-pp-table thead th').last().boundingBox();
      expect(last!.x + last!.width).toBeLessThanOrEqual(box.right + 0.5);
      await page.screenshot({ path: `/tmp/h12/painpoints-fit-${c.lang}-${size.width}.png` });
    }
  });
}
