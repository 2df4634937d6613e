/**
 * The journeys page as a facilitator uses it: create, rename and describe, duplicate,
 * delete with undo — and everything still there after the app restarts.
 */
import { expect, test } from './support/app';

test('create a journey, rename it, reload and restart: it is still there', async ({ launch }) => {
  test.slow(); // two starts of the app
  const { page, restart } = await launch();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();

  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByLabel('Name').fill('Phone contact — fleet owners');
  await dialog.getByLabel('Persona').fill('Fleet owner with 12 excavators');
  await dialog.getByRole('button', { name: /create|ok|save/i }).click();
  await expect(dialog).toBeHidden();
  // The new journey opens in the editor; the list is one link away.
  await expect(page.getByRole('heading', { name: 'Phone contact — fleet owners' })).toBeVisible();
  await page.getByRole('link', { name: /All journeys/ }).click();
  await expect(page.getByRole('link', { name: 'Phone contact — fleet owners' })).toBeVisible();

  await page.getByRole('button', { name: 'Rename Phone contact — fleet owners' }).click();
  const edit = page.getByRole('dialog', { name: 'Rename and describe' });
  await edit.getByLabel('Name').fill('电话交流 · 车队客户');
  await edit.getByLabel('Description').fill('Calls to the service line, from the IVR to resolution.');
  await edit.getByRole('button', { name: /save|ok/i }).click();
  await expect(page.getByRole('link', { name: '电话交流 · 车队客户' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: '电话交流 · 车队客户' })).toBeVisible();

  const again = await restart();
  await expect(again.getByRole('link', { name: '电话交流 · 车队客户' })).toBeVisible();
  await again.getByRole('link', { name: '电话交流 · 车队客户' }).click();
  await expect(again.getByRole('heading', { name: '电话交流 · 车队客户' })).toBeVisible();
  await again.getByRole('radio', { name: 'Table' }).check();
  await expect(again.getByText('Calls to the service line, from the IVR to resolution.')).toBeVisible();
});

test('duplicate, delete with undo', async ({ launch }) => {
  const { page } = await launch();
  const sample = page.getByRole('table').getByRole('link').first();
  const name = (await sample.textContent())!;

  await page.getByRole('button', { name: `Duplicate ${name}` }).click();
  const copy = page.getByRole('link', { name: `${name} (copy)` });
  await expect(copy).toBeVisible();

  await page.getByRole('button', { name: `Delete ${name} (copy)` }).click();
  await expect(copy).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(copy).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: `${name} (copy)` })).toBeVisible();
});

test('the sample journey lists its rated touchpoints', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('radio', { name: 'Table' }).check();
  const section = page.getByRole('region', { name: 'Touchpoints' });
  await expect(section).toBeVisible();
  const rows = section.locator('tr[data-id]');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByText(/^at most \d+%$/)).toBeVisible();
});

test('a template names the journey only while the user has not; a taken name is said next to the field (zh-CN)', async ({ launch }) => {
  const { page } = await launch({ locale: 'zh-CN' });
  await page.getByRole('button', { name: '新建旅程' }).click();
  const dialog = page.getByRole('dialog', { name: '新建旅程' });
  const name = dialog.getByLabel('名称', { exact: true });
  const pick = async (template: string) => {
    await dialog.getByLabel('起点').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(template, { exact: true }).click();
  };
  await pick('售后维修服务');
  await expect(name).toHaveValue('售后维修服务');
  await pick('现场销售');
  await expect(name).toHaveValue('现场销售');
  await name.fill('大客户现场销售');
  await pick('配件采购');
  await expect(name).toHaveValue('大客户现场销售');

  // The sample journey already has this name: refused, said under the field, the dialog stays.
  await name.fill('After-sales repair service');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByText('已有名为“After-sales repair service”的旅程。请换一个名称。')).toBeVisible();
  await expect(dialog).toBeVisible();

  await name.fill('大客户现场销售');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '大客户现场销售' })).toBeVisible();
});
