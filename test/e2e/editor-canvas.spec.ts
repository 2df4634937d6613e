/**
 * The map editor's canvas as a facilitator meets it: the overview never hides a card, and an
 * exported picture says which journey it is and what its marks mean.
 */
import { readFileSync } from 'node:fs';
import { canvas, cards } from './support/editor';
import { expect, test } from './support/app';
import { overlaps } from './support/legibility';

test('the overview sits beside the map, never over a card, and folds away', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  const map = (await minimap.boundingBox())!;
  expect(overlaps(map, (await canvas(page).boundingBox())!)).toBe(false);
  for (const box of await cards(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(overlaps(map, box)).toBe(false);
  }
  // It still steers the map: dragging in it moves the view.
  const before = await canvas(page).locator('.react-flow__viewport').getAttribute('style');
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 + 40, map.y + map.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect(canvas(page).locator('.react-flow__viewport')).not.toHaveAttribute('style', before!);

  const toggle = page.getByRole('button', { name: 'Overview' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(minimap).toBeHidden();
  await page.reload();
  await expect(cards(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overview' })).toHaveAttribute('aria-expanded', 'false');
  await expect(minimap).toBeHidden();
});

test('an exported picture carries the journey’s name, persona and a legend above the map', async ({ launch }, testInfo) => {
  test.setTimeout(150_000);
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  // Height of the map itself in flow pixels: the lowest node's bottom edge.
  const mapHeight = await canvas(page)
    .locator('.react-flow__node')
    .evaluateAll((els) => Math.max(...els.map((e) => new DOMMatrix(getComputedStyle(e).transform).f + (e as HTMLElement).offsetHeight)));

  const exportAs = async (item: string, file: string) => {
    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    await (await download).saveAs(testInfo.outputPath(file));
    await expect(page.getByText('Exported')).toBeVisible();
    return readFileSync(testInfo.outputPath(file));
  };
  const svg = (await exportAs('SVG image', 'map.svg')).toString('utf8');
  expect(svg).toContain(name);
  expect(svg).toContain('Persona: Equipment manager at an earthworks contractor');
  for (const words of ['Legend', 'ratings from 1 (poor) to 5 (good)', 'not rated', 'pain point', 'hand-off between lanes', 'low on the emotion curve']) {
    expect(svg).toContain(words);
  }
  const png = await exportAs('PNG image', 'map.png');
  // At 2× pixels: the map, the heading above it (at least a title, a persona and a legend line) and the margins.
  expect(png.readUInt32BE(20) / 2).toBeGreaterThan(mapHeight + 100);
  // The sheet is drawn for the picture only.
  await expect(canvas(page).locator('.ja-export-sheet')).toHaveCount(0);
});
