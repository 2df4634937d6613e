/**
 * Adding things where the facilitator is working: a touchpoint lands in the cell they are
 * looking at, a new stage or lane comes into view; and a long journey name never squeezes
 * the way back to the list.
 */
import { canvas, card, cards, waitSaved } from './support/editor';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app';

const onScreen = async (page: Page, target: Locator) => {
  const box = (await canvas(page).boundingBox())!;
  const el = (await target.boundingBox())!;
  return el.x >= box.x - 1 && el.y >= box.y - 1 && el.x + el.width <= box.x + box.width + 1 && el.y + el.height <= box.y + box.height + 1;
};

/** The stage column and lane band under a screen point (by their boxes on screen). */
async function cellAtPoint(page: Page, x: number, y: number) {
  const stages = await canvas(page).locator('.react-flow__node-stage').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  const lanes = await canvas(page).locator('.react-flow__node-band').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  return { stage: stages.findIndex((r) => x >= r.x && x < r.x + r.width), lane: lanes.findIndex((r) => y >= r.y && y < r.y + r.height), stages, lanes };
}

test('“Add touchpoint” adds in the cell at the middle of the view, or in the selected card’s cell', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  // Zoom in on the middle of the map: the first cell is far off, another is in the middle of the view.
  const c = (await canvas(page).boundingBox())!;
  const mid = { x: c.x + c.width / 2, y: c.y + c.height / 2 };
  await page.mouse.move(mid.x + 60, mid.y + 40);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
  await page.waitForTimeout(400);
  const at = await cellAtPoint(page, mid.x, mid.y);
  expect(at.stage).toBeGreaterThan(0);
  expect(at.lane).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(cards(page)).toHaveCount(15);
  await page.getByLabel('Title', { exact: true }).fill('Deposit refunded');
  await page.getByLabel('Title', { exact: true }).press('Enter');
  const added = card(page, 'Deposit refunded');
  await expect.poll(() => onScreen(page, added)).toBe(true);
  const box = (await added.boundingBox())!;
  const now = await cellAtPoint(page, box.x + box.width / 2, box.y + box.height / 2);
  expect({ stage: now.stage, lane: now.lane }).toEqual({ stage: at.stage, lane: at.lane });

  // With a card selected, the new one joins that card's cell.
  await card(page, 'Satisfaction call').click();
  await page.keyboard.press('n');
  await expect(cards(page)).toHaveCount(16);
  const satisfaction = (await card(page, 'Satisfaction call').boundingBox())!;
  const third = (await cards(page).filter({ hasText: 'New touchpoint' }).boundingBox())!;
  expect(Math.abs(third.x - satisfaction.x)).toBeLessThan(2);
  await waitSaved(page);
});

test('a new stage and a new lane scroll into view', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  // Zoomed in on the start of the journey: the map's right and bottom edges are off screen.
  const first = (await canvas(page).locator('.react-flow__node-stage').first().boundingBox())!;
  await page.mouse.move(first.x + 10, first.y + 10);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -240);
  await page.waitForTimeout(300);

  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(canvas(page).locator('.react-flow__node-stage')).toHaveCount(6);
  await expect.poll(() => onScreen(page, canvas(page).locator('.react-flow__node-stage').last())).toBe(true);
  await canvas(page).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

  await page.getByRole('button', { name: 'Add lane' }).click();
  await expect(canvas(page).locator('.react-flow__node-lane')).toHaveCount(7);
  await expect.poll(() => onScreen(page, canvas(page).locator('.react-flow__node-lane').last())).toBe(true);
});

test('a very long journey name is cut with a tooltip; “All journeys” keeps its width', async ({ launch }) => {
  const { page } = await launch({ locale: 'zh-CN' });
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const longName = '二〇二六年第四季度华东区域挖掘机售后维修服务全流程客户旅程（含保修期内液压故障、配件调拨、费用结算与回访）复盘工作坊版本';
  await page.getByRole('button', { name: /^编辑/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称', { exact: true }).fill(longName);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const title = page.getByRole('heading', { level: 1, name: longName });
  await expect(title).toBeVisible();
  const back = page.getByRole('link', { name: '全部客户旅程' });
  const one = await back.evaluate((a) => ({ height: a.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(a).lineHeight) || 22 }));
  expect(one.height).toBeLessThan(one.lineHeight * 1.5);
  expect(await title.evaluate((h) => h.scrollWidth > h.clientWidth && getComputedStyle(h).textOverflow === 'ellipsis')).toBe(true);
  await title.hover();
  await expect(page.getByRole('tooltip')).toHaveText(longName);
});
