/**
 * Enter in the due-date field of a new improvement action takes the date and nothing more:
 * the half-filled action is not submitted until the user asks for it.
 */
import { expect, test } from './support/app';

test('Enter in the action’s date picker does not submit the action form', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Pain points' }).click();
  await expect(page.getByRole('heading', { name: 'Pain points', level: 1 })).toBeVisible({ timeout: 30_000 });
  const first = page.getByRole('table').getByRole('link').first();
  const title = (await first.textContent())!;
  await first.click();
  const drawer = page.getByRole('dialog', { name: title });
  const form = drawer.getByRole('form', { name: 'Add action' });
  await form.getByLabel('Action', { exact: true }).fill('Call back within the hour');
  await form.getByLabel('Due date').fill('2030-06-30');
  await form.getByLabel('Due date').press('Enter');

  // Nothing was added: the form keeps what was typed, the date included.
  await page.waitForTimeout(1500);
  await expect(drawer.getByRole('group', { name: 'Call back within the hour' })).toHaveCount(0);
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue('Call back within the hour');
  await expect(form.getByLabel('Due date')).toHaveValue('2030-06-30');

  await form.getByLabel('Owner').fill('Service manager');
  await form.getByRole('button', { name: 'Add action' }).click();
  const action = drawer.getByRole('group', { name: 'Call back within the hour' });
  await expect(action).toHaveCount(1);
  await expect(action.getByRole('textbox', { name: 'Owner' })).toHaveValue('Service manager');
  await expect(action.getByLabel('Due date')).toHaveValue('2030-06-30');
});
