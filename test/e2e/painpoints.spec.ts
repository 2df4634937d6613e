/**
 * A department head's loop: a touchpoint rated down on the map shows up in the pain-point
 * list; its review gets a cause and an improvement action; the map shows the open action on
 * the card it centres; the action is marked done and the point's status follows; the filtered
 * list downloads as a real XLSX with the action in it.
 */
import ExcelJS from 'exceljs';
import { card, cards, rate, waitSaved } from './support/editor';
import { expect, test } from './support/app';

const TITLE = 'On-site diagnosis';
const ACTION = 'Carry the seal-kit list on every visit';
const CAUSE = 'Staff lacking knowledge or unable to solve';

test('rate a touchpoint down, review it, act on it, see it on the map, export it', async ({ launch }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = await launch();

  // On the map: "On-site diagnosis" is fine (5 / 4 / 4, no transfers) until convenience drops to 1.
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  await card(page, TITLE).click();
  await expect(page.getByRole('link', { name: 'Review pain point' })).toHaveCount(0);
  await rate(page, 'Convenience', 1);
  await waitSaved(page);
  await expect(page.getByRole('link', { name: 'Review pain point' })).toBeVisible();

  // The pain-point list has it, with the reason in words.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Pain points' }).click();
  await expect(page.getByRole('heading', { name: 'Pain points', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
  await expect(row).toContainText('Convenience rated 1 (≤ 2)');
  await expect(row).toContainText('No action yet');

  // Review: a cause from the taxonomy and an improvement action.
  await row.getByRole('link', { name: TITLE, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: TITLE });
  await expect(drawer.getByRole('heading', { name: 'Why it is flagged' })).toBeVisible();
  // One pick, once the list has finished opening: a click while it still slides in lands beside the option.
  await drawer.getByRole('combobox', { name: 'Cause' }).fill('lacking');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).not.toHaveClass(/-(enter|appear)/);
  await page.getByTitle(CAUSE, { exact: true }).click();
  await expect(drawer.getByRole('button', { name: 'Add cause' })).toBeEnabled();
  await drawer.getByRole('textbox', { name: 'Note' }).fill('The engineer had no wear-part list with him');
  await drawer.getByRole('button', { name: 'Add cause' }).click();
  await expect(drawer.getByRole('button', { name: `Remove cause ${CAUSE}` })).toBeVisible();
  await expect(row).toContainText(CAUSE);

  const newAction = drawer.getByRole('form', { name: 'Add action' });
  await newAction.getByLabel('Action', { exact: true }).fill(ACTION);
  await newAction.getByLabel('Owner').fill('Service manager');
  await newAction.getByLabel('Due date').fill('2030-06-30');
  await newAction.getByLabel('Due date').press('Enter');
  await newAction.getByRole('button', { name: 'Add action' }).click();
  const action = drawer.getByRole('group', { name: ACTION });
  await expect(action).toBeVisible();
  await expect(action.getByRole('textbox', { name: 'Owner' })).toHaveValue('Service manager');
  await expect(action.getByLabel('Due date')).toHaveValue('2030-06-30');
  await expect(row).toContainText('Planned');
  await expect(row).toContainText('1 open');

  // Open on the map: the card is selected and centred, with its open-action badge.
  await drawer.getByRole('link', { name: 'Open on the map' }).click();
  const focused = card(page, TITLE);
  await expect(focused).toHaveClass(/selected/);
  await expect(focused).toBeInViewport();
  await expect(focused.getByRole('img', { name: '1 open improvement action' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);

  // Back to the review from the inspector; marking the action done closes the point.
  await page.getByRole('link', { name: 'Review pain point' }).click();
  await expect(drawer).toBeVisible();
  // antd draws the radio buttons over visually hidden inputs: click the visible label.
  const statuses = drawer.getByRole('group', { name: ACTION });
  await statuses.locator('label').filter({ has: page.getByRole('radio', { name: 'Done' }) }).click();
  await expect(statuses.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(drawer.locator('.ja-pp-detail-head')).toContainText('Done');
  await expect(row).toContainText('Done');
  await expect(row).not.toContainText('1 open');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();

  // Export the filtered list: only this point, with its action.
  await page.getByRole('textbox', { name: 'Search' }).fill(TITLE);
  await expect(page.getByRole('status').filter({ hasText: /^1 of \d+ pain points$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).hover();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Excel workbook (XLSX)' }).click();
  const file = testInfo.outputPath('pain-points.xlsx');
  await (await download).saveAs(file);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const points = book.getWorksheet('Pain points')!;
  expect(points.rowCount).toBe(2);
  expect(points.getRow(1).getCell(7).value).toBe('Touchpoint');
  expect(points.getRow(2).getCell(7).value).toBe(TITLE);
  expect(typeof points.getRow(2).getCell(2).value).toBe('number');
  const actions = book.getWorksheet('Actions')!;
  expect(actions.getRow(2).getCell(3).value).toBe(ACTION);
  expect(actions.getRow(2).getCell(6).value).toBe('Done');

  // The workspace's rules drive the map too: at "1 or lower", "Invoice explained" (rated 2) is no
  // longer a pain point on its card, while the card rated 1 still is.
  await page.getByRole('textbox', { name: 'Search' }).fill('');
  await page.getByRole('button', { name: 'Rules' }).click();
  const rules = page.getByRole('dialog', { name: 'Pain-point rules' });
  await rules.getByLabel('A factor rated at or below').fill('1');
  await rules.getByRole('button', { name: 'Save' }).click();
  await expect(rules).toBeHidden();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(card(page, 'Invoice explained')).toBeVisible();
  await expect(card(page, 'Invoice explained').getByRole('img', { name: /^Pain point/ })).toHaveCount(0);
  await expect(card(page, TITLE).getByRole('img', { name: /^Pain point: Convenience rated 1 \(a pain point at 1 or lower\)/ })).toHaveCount(1);
});
