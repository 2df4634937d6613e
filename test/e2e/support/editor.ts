/**
 * Helpers that read like a facilitator's actions on the map editor.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const canvas = (page: Page): Locator => page.getByTestId('journey-canvas');
export const cards = (page: Page): Locator => canvas(page).locator('.react-flow__node-touchpoint');
export const card = (page: Page, title: string): Locator => cards(page).filter({ hasText: title });
export const edges = (page: Page): Locator => canvas(page).locator('.react-flow__edge');

export async function newBlankJourney(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  // The new journey opens in the editor.
  await expect(canvas(page)).toBeVisible();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/Saved/, { timeout: 10_000 });
}

/** Sets the selected touchpoint's title in the inspector (committed on Enter). */
export async function setTitle(page: Page, title: string): Promise<void> {
  const field = page.getByLabel('Title', { exact: true });
  await field.fill(title);
  await field.press('Enter');
}

export async function rate(page: Page, factor: 'Need' | 'Convenience' | 'Emotion', value: number): Promise<void> {
  await page.getByRole('radiogroup', { name: factor }).getByRole('radio', { name: String(value), exact: true }).check();
}

/** Titles and rating chips of every card, sorted: what "the same map" means to a user. */
export async function mapSnapshot(page: Page): Promise<string[]> {
  const texts = await cards(page).allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).sort();
}
