/**
 * Security as a user (or a hostile file) would meet it: user text is shown as text, never run
 * as markup; and in the desktop app, navigation away, new windows and permission requests are
 * refused by the main process.
 */
import { expect, test } from './support/app';

const PAYLOAD = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;

test('a journey named with markup is shown as text and runs nothing', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByLabel('Name').fill(PAYLOAD);
  await dialog.getByRole('button', { name: /create|ok|save/i }).click();
  await expect(page.getByRole('heading', { name: PAYLOAD })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: PAYLOAD })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('the content security policy blocks injected inline script', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = "window.__inline = 'ran'";
    document.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inline?: string }).__inline ?? null;
  });
  expect(ran).toBeNull();
});

test('the desktop app refuses navigation to other origins, new windows and permissions', async ({ launch }, testInfo) => {
  testInfo.skip(testInfo.project.metadata.mode !== 'desktop', 'navigation, window and permission refusal is the Electron main process’s job (electron/shell/security.ts)');
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  const start = page.url();
  const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(start);
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  const camera = await page.evaluate(() =>
    navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (e: Error) => e.name,
    ),
  );
  expect(camera).not.toBe('granted');
});
