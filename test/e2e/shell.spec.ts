/**
 * The app frame: language switch, navigation, a bad workspace file explained rather than a
 * blank window, and a read-only one announced before any edit fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, initWorkspace, test } from './support/app';

test('switch the language to Chinese and back; the choice survives a reload', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  await page.getByRole('radio', { name: '中文' }).check();
  await expect(page.getByRole('heading', { name: '客户旅程' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建旅程' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { name: '客户旅程' })).toBeVisible();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
});

test('every section of the navigation opens a working page; none is a placeholder', async ({ launch }) => {
  const { page } = await launch();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('menuitem')).toHaveText(['Journeys', 'Pain points', 'Surveys', 'Compare']);
  for (const section of ['Pain points', 'Surveys', 'Compare']) {
    await nav.getByText(section, { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${section}`) })).toBeVisible({ timeout: 30_000 });
  }
  await nav.getByText('Journeys', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'New journey' })).toBeVisible();
  // An old link to the removed reports page lands on the journeys list, not on an empty promise.
  await page.goto(page.url().replace(/#.*$/, '#/reports'));
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await expect(page.getByText(/coming soon/i)).toHaveCount(0);
  await page.getByRole('radio', { name: '中文' }).check();
  const navZh = page.getByRole('navigation', { name: '主导航' });
  await expect(navZh.getByRole('menuitem')).toHaveText(['客户旅程', '痛点', '问卷', '对比']);
  await expect(page.getByText(/即将推出|敬请期待/)).toHaveCount(0);
});

test('a file that is not a workspace gets a clear message, not a blank window', async ({ launch }, testInfo) => {
  const bad = join(testInfo.outputDir, 'notes.jaudit');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(bad, 'These are meeting notes, not a database.\n'.repeat(100));
  const { page } = await launch({ workspace: bad });
  await expect(page.getByText('This workspace cannot be opened')).toBeVisible();
  await expect(page.getByText(bad).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Open another workspace/ })).toBeVisible();
});

test('a read-only workspace says so on every page, before the first edit fails', async ({ launch }, testInfo) => {
  // A file the app cannot write, for any user (root included): the file alone on a read-only mount.
  const file = join(testInfo.outputDir, 'archive.jaudit');
  mkdirSync(testInfo.outputDir, { recursive: true });
  initWorkspace(file, '--sample');
  const mount = (...args: string[]) => spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
  test.skip(process.platform !== 'linux' || !mount('--bind', file, file), 'needs a read-only bind mount (Linux, root)');
  try {
    expect(mount('-o', 'remount,ro,bind', file)).toBe(true);
    const { page } = await launch({ workspace: file });
    await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
    const banner = page.getByRole('alert').filter({ hasText: 'This workspace is read-only' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(file);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Pain points' }).click();
    await expect(banner).toBeVisible();
  } finally {
    spawnSync('umount', ['-l', file]);
  }
});
