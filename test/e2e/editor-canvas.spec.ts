/**
 * The map editor's canvas as a facilitator meets it: the overview never hides a card, and an
 * exported picture says which journey it is and what its marks mean.
 */
import { readFileSync } from 'node:fs';
import { canvas, card, cards, edges, waitSaved } from './support/editor';
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

test('a flow is drawn from a card’s handle to anywhere on another card', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const before = await edges(page).count();
  const from = card(page, 'Satisfaction call');
  const to = card(page, 'Hotline voice menu');
  const handle = from.locator('.react-flow__handle-right');
  const small = (await handle.boundingBox())!;
  await handle.hover();
  // The handle grows under the pointer, about the same centre.
  const big = (await handle.boundingBox())!;
  expect(big.width).toBeGreaterThan(small.width * 1.5);
  expect(big.x + big.width / 2).toBeCloseTo(small.x + small.width / 2, 0);

  const target = (await to.boundingBox())!;
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(edges(page)).toHaveCount(before + 1);
  await expect(page.getByRole('button', { name: 'Hand-off from Satisfaction call to Hotline voice menu' })).toHaveCount(1);
  await waitSaved(page);

  // A card does not take a flow from itself.
  await handle.hover();
  await page.mouse.down();
  const self = (await from.boundingBox())!;
  await page.mouse.move(self.x + self.width / 3, self.y + self.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(edges(page)).toHaveCount(before + 1);
});

test('flows keep apart and their hand-off labels never overlap', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const labels = canvas(page).locator('.ja-handoff-label');
  await expect(labels).toHaveCount(13);
  const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(false);
  // No two forward flows run down the same line: each has its own track in the gutter.
  const runs = await edges(page)
    .locator('path.react-flow__edge-path')
    .evaluateAll((paths) =>
      paths.flatMap((p, edge) => {
        const nums = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
        const pts: [number, number][] = [];
        for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i]!, nums[i + 1]!]);
        const out: { edge: number; x: number; y1: number; y2: number }[] = [];
        if (pts[pts.length - 1]![0] <= pts[0]![0]) return out;
        for (let i = 1; i < pts.length; i++) {
          const [x1, y1] = pts[i - 1]!;
          const [x2, y2] = pts[i]!;
          if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > 20) out.push({ edge, x: x1, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
        }
        return out;
      }),
    );
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i]!;
      const b = runs[j]!;
      if (a.edge === b.edge || Math.abs(a.x - b.x) > 0.5) continue;
      expect(Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1), `flows ${a.edge} and ${b.edge} share x=${a.x}`).toBeLessThan(4);
    }
});
