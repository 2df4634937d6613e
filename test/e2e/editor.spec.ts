/**
 * The map editor as a workshop facilitator uses it: build a small journey with the mouse and
 * the keyboard, rate it, undo and redo, reload — the same map; export a PNG that is a real
 * image of the map's size; open and close the presentation.
 */
import { readFileSync } from 'node:fs';
import { canvas, card, cards, edges, mapSnapshot, newBlankJourney, rate, setTitle, waitSaved } from './support/editor';
import { expect, test } from './support/app';

test('build a journey from scratch, rate it, undo/redo, reload → identical', async ({ launch }) => {
  // A long walk through the editor: on a shared, busy machine it needs more than the default minute.
  test.setTimeout(120_000);
  const { page } = await launch();
  await newBlankJourney(page, 'Parts pickup');
  await expect(cards(page)).toHaveCount(0);

  // Mouse: the toolbar adds a card and opens it in the inspector.
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(cards(page)).toHaveCount(1);
  await setTitle(page, 'Counter greets the driver');
  await rate(page, 'Need', 4);
  await rate(page, 'Convenience', 2);
  await rate(page, 'Emotion', 5);
  const transfers = page.getByRole('spinbutton', { name: 'Transfers' });
  await transfers.fill('2');
  await transfers.press('Enter');
  await expect(card(page, 'Counter greets the driver')).toBeVisible();

  // Mouse: double-click an empty cell of another stage adds a card there.
  const stageHeaders = canvas(page).locator('.react-flow__node-stage');
  const laneBands = canvas(page).locator('.react-flow__node-band');
  const lastStage = (await stageHeaders.last().boundingBox())!;
  const secondLane = (await laneBands.nth(1).boundingBox())!;
  await page.mouse.dblclick(lastStage.x + lastStage.width / 2, secondLane.y + secondLane.height - 12);
  await expect(cards(page)).toHaveCount(2);
  await setTitle(page, 'Parts handed over');

  // Keyboard: N adds a card in the selected card's cell.
  await card(page, 'Parts handed over').click();
  await page.keyboard.press('n');
  await expect(cards(page)).toHaveCount(3);
  await setTitle(page, 'Invoice signed');
  await waitSaved(page);

  // Connect the first two cards with a flow.
  const from = card(page, 'Counter greets the driver').locator('.react-flow__handle-right');
  const to = card(page, 'Parts handed over').locator('.react-flow__handle-left');
  await from.dragTo(to);
  await expect(edges(page)).toHaveCount(1);
  await waitSaved(page);

  // Undo the flow and the last card, redo them.
  await canvas(page).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(edges(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Invoice signed')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, 'Invoice signed')).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(edges(page)).toHaveCount(1);
  await waitSaved(page);

  const before = await mapSnapshot(page);
  expect(before).toHaveLength(3);
  await page.reload();
  await expect(cards(page)).toHaveCount(3);
  expect(await mapSnapshot(page)).toEqual(before);
  await expect(edges(page)).toHaveCount(1);
  // The ratings and the transfer count made it to the workspace.
  await card(page, 'Counter greets the driver').click();
  await expect(page.getByRole('spinbutton', { name: 'Transfers' })).toHaveValue('2');
});

test('export the map as a PNG at print resolution', async ({ launch }, testInfo) => {
  // Drawing the whole map at 2× takes most of a minute on a busy machine.
  test.setTimeout(120_000);
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'PNG image' }).click();
  const file = testInfo.outputPath('map.png');
  await (await download).saveAs(file);
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // The whole map (5 stages × 6 lanes of the sample) at 2× — far larger than the window.
  expect(width).toBeGreaterThan(1800);
  expect(height).toBeGreaterThan(1200);
  expect(png.length).toBeGreaterThan(50_000);
});

test('presentation mode opens, steps through stages and closes', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Presentation' }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add touchpoint' })).toBeHidden();
  // Where the presenter is, and the stage's name, as the projector bar shows them.
  const position = show.getByText(/^Stage \d+ of \d+$/);
  const name = show.locator('.ja-present-name');
  await expect(position).toHaveText('Stage 1 of 5');
  const first = (await name.textContent())!;
  expect(first).not.toBe('');
  await page.getByRole('button', { name: 'Next stage' }).click();
  await expect(position).toHaveText('Stage 2 of 5');
  await expect(name).not.toHaveText(first);
  const second = (await name.textContent())!;
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('Stage 3 of 5');
  await expect(name).not.toHaveText(second);
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText('Stage 2 of 5');
  await expect(name).toHaveText(second);
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add touchpoint' })).toBeVisible();
});
