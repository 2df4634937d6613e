/**
 * A big map (hundreds of cards: only what is on screen is drawn) zooms with the wheel the way
 * a small one does — around the pointer — and draws the cards that came into view once the
 * wheel rests, without the map jumping when it does.
 */
import { writeFileSync } from 'node:fs';
import { bigMapFile } from '../support/big-map-file';
import { expect, test } from './support/app';
import { canvas, card, cards } from './support/editor';

test('a big map zooms around the pointer and draws what came into view', async ({ launch }, testInfo) => {
  const file = testInfo.outputPath('big.journey.json');
  writeFileSync(file, JSON.stringify(bigMapFile({ touchpoints: 300, flows: 400 })));
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  await page.getByLabel('Import map').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Benchmark 300' })).toBeVisible();
  const target = card(page, 'Touchpoint 2 触点');
  await expect(target).toBeVisible();
  const drawn = await cards(page).count();
  expect(drawn).toBeLessThan(300); // only what is on screen

  const before = (await target.boundingBox())!;
  const px = before.x + before.width * 0.25;
  const py = before.y + before.height * 0.5;
  await page.mouse.move(px, py);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
  const during = (await target.boundingBox())!;
  // Three notches in: 2^(3 × 0.24) ≈ 1.65 times larger, the point under the pointer still under it.
  expect(during.width / before.width).toBeCloseTo(2 ** 0.72, 1);
  expect((px - during.x) / during.width).toBeCloseTo(0.25, 2);
  expect((py - during.y) / during.height).toBeCloseTo(0.5, 2);

  // Once the wheel rests the viewport takes over: same place, same size, no jump.
  await expect(canvas(page).locator('.react-flow__viewport')).toHaveAttribute('style', /scale\(1\.23/);
  const settled = (await target.boundingBox())!;
  expect(Math.abs(settled.x - during.x)).toBeLessThan(1);
  expect(Math.abs(settled.y - during.y)).toBeLessThan(1);
  expect(Math.abs(settled.width - during.width)).toBeLessThan(1);

  // Far out: the cards that came into view are drawn when the wheel rests.
  for (let i = 0; i < 9; i++) await page.mouse.wheel(0, 120);
  await expect.poll(() => cards(page).count()).toBeGreaterThan(drawn);
  await expect(canvas(page).locator('.react-flow__renderer')).not.toHaveAttribute('style', /scale/);
});
