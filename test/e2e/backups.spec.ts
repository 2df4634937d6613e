/**
 * Backups from the Workspace menu: take one, restore it as a new file, and carry on there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from './support/app';

test('back up the workspace and restore the backup as a copy', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page, workspace } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  await page.getByRole('button', { name: 'Workspace' }).click();
  await page.getByRole('menuitem', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Kept in /)).toBeVisible();
  const before = await dialog.getByRole('button', { name: /Restore the backup of/ }).count();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('button', { name: /Restore the backup of/ })).toHaveCount(before + 1);
  await dialog.getByRole('button', { name: /Restore the backup of/ }).first().click();
  await expect(dialog).toBeHidden();
  // The app now shows the restored copy, a new file beside the workspace; the original is untouched.
  await expect(page.getByText(/^project \(restored .*\)\.jaudit$/)).toBeVisible();
  const copies = readdirSync(dirname(workspace)).filter((f) => /^project \(restored .*\)\.jaudit$/.test(f));
  expect(copies).toHaveLength(1);
  expect(existsSync(workspace)).toBe(true);
  await expect(page.getByRole('link', { name: /After-sales|service/i }).first()).toBeVisible();
});
