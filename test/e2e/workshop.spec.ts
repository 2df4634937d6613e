/**
 * A live rating with the room's phones, on 127.0.0.1: the facilitator starts it from the
 * editor, five phones (iPhone and Android profiles, English and Chinese) join by the link and
 * vote, one loses its network and catches up, the results are revealed and applied to the
 * map, and the votes are a survey round.
 */
import { type Browser, type BrowserContext, devices, type Page } from '@playwright/test';
import { expect, test } from './support/app';
import { cards } from './support/editor';

const PHONES = [
  { device: 'iPhone 13', locale: 'en-US', need: 2 },
  { device: 'Pixel 7', locale: 'zh-CN', need: 4 },
  { device: 'iPhone 13', locale: 'zh-CN', need: 4 },
  { device: 'Pixel 7', locale: 'en-US', need: 5 },
  { device: 'Pixel 7', locale: 'en-GB', need: 3 },
] as const;

async function phone(browser: Browser, device: keyof typeof devices, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  // The descriptors' own browser type is irrelevant here: every phone runs in Chromium.
  const { defaultBrowserType: _ignored, ...profile } = devices[device]!;
  const context = await browser.newContext({ ...profile, locale });
  return { context, page: await context.newPage() };
}

const score = (page: Page, measure: string, value: number) => page.locator('.card').first().locator(`button.score[data-measure="${measure}"][data-value="${value}"]`);

test('the room rates from their phones, reveals and applies to the map', async ({ launch, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'phones join the browser-mode server');
  test.setTimeout(180_000);
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'Start live rating' }).click();
  const dialog = page.getByRole('dialog', { name: 'Live rating from the room’s phones' });
  await dialog.getByRole('combobox', { name: 'Network address phones connect to' }).click();
  await page.getByTitle(/^127\.0\.0\.1 — /).click();
  await dialog.getByRole('button', { name: 'Start' }).click();

  const projector = page.getByRole('dialog', { name: 'Live rating' });
  const url = (await projector.getByTestId('participant-url').textContent())!;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[\w-]{22}$/);
  await expect(projector.getByTestId('room-code')).toHaveText(/^\d{6}$/);
  await expect(projector.locator('.ja-ws-qr svg')).toBeVisible();
  // The two figures read as a pair: titles on one line, numbers the same size.
  await expect(async () => {
    // Measured once the dialog's opening animation has settled.
    const joined = (await projector.locator('.ja-ws-joined .ant-statistic-title').boundingBox())!;
    const votes = (await projector.locator('.ja-ws-votes .ant-statistic-title').boundingBox())!;
    expect(Math.abs(joined.y - votes.y)).toBeLessThan(1);
  }).toPass({ timeout: 5_000 });
  const sizes = await projector.locator('.ant-statistic-content').evaluateAll((els) => els.map((e) => getComputedStyle(e).fontSize));
  expect(new Set(sizes).size).toBe(1);
  // A wrapped link breaks into even lines, not one character left over on the last.
  const lines = await projector.getByTestId('participant-url').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rows = new Map<number, number>();
    for (const r of range.getClientRects()) rows.set(Math.round(r.top), (rows.get(Math.round(r.top)) ?? 0) + r.width);
    return [...rows.values()];
  });
  expect(Math.min(...lines) / Math.max(...lines)).toBeGreaterThan(0.4);

  const phones = [];
  for (const [i, p] of PHONES.entries()) {
    const ph = await phone(browser, p.device, p.locale);
    await ph.page.goto(url);
    const zh = p.locale === 'zh-CN';
    await ph.page.getByLabel(zh ? '昵称（可选，仅主持人可见）' : 'Your name (optional, only the facilitator sees it)').fill(`Phone ${i + 1}`);
    await ph.page.getByRole('button', { name: zh ? '开始评分' : 'Start rating' }).click();
    await expect(ph.page.locator('.card').first()).toBeVisible();
    await score(ph.page, 'need', p.need).click();
    await expect(ph.page.locator('p.status')).toHaveText(zh ? '评分已全部保存' : 'All ratings saved');
    await expect(ph.page.locator('body')).not.toContainText('Phone ');
    phones.push({ ...ph, zh });
  }
  await phones[0]!.page.screenshot({ path: testInfo.outputPath('phone-en.png') });
  await phones[1]!.page.screenshot({ path: testInfo.outputPath('phone-zh.png') });

  const first = (await projector.locator('[data-testid^="answered-"]').first().getAttribute('data-testid'))!;
  await expect(projector.getByTestId(first)).toHaveText('5 answered');
  await expect(projector.locator('.ja-ws-joined')).toContainText('5');

  // One phone loses the network, votes anyway, and catches up when it is back.
  const off = phones[0]!;
  await off.context.setOffline(true);
  await score(off.page, 'convenience', 2).click();
  await expect(off.page.locator('p.status')).toContainText('Offline');
  await off.context.setOffline(false);
  await expect(off.page.locator('p.status')).toHaveText('All ratings saved', { timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath('projector-1440.png') });

  // Reveal: results per touchpoint; apply them all.
  await projector.getByRole('button', { name: 'Reveal results' }).click();
  const firstRow = projector.getByRole('row').nth(1);
  await expect(firstRow).toContainText('4');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: testInfo.outputPath('projector-results-1920.png') });
  await projector.getByRole('button', { name: 'Apply all to the map' }).click();
  await expect(page.getByText(/Ratings applied to the map/)).toBeVisible();
  await projector.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/Saved/, { timeout: 10_000 });

  // The votes are a round of an internal survey.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Surveys' }).click();
  await expect(page.getByText(/^Workshop — .+ — \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  for (const ph of phones) await ph.context.close();
});
