/**
 * A refused file is explained in the user's language: in zh-CN, a bad map JSON lists its
 * problems in Chinese, with no English sentence from the parser or the schema checks.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './support/app';
import { cards } from './support/editor';

/** Latin words of three letters or more, outside JSON paths and the word JSON itself. */
const englishWords = (text: string) => text.replace(/JSON|journey-audit\/map|[\w.]+\.\w+/g, '').match(/[A-Za-z]{3,}/g) ?? [];

test('a bad map file is explained in Chinese, field by field', async ({ launch }, testInfo) => {
  const { page } = await launch({ locale: 'zh-CN' });
  await page.getByRole('table').getByRole('link').first().click();
  await expect(cards(page).first()).toBeVisible();
  const importer = page.getByLabel('导入地图');

  const broken = testInfo.outputPath('broken.journey.json');
  writeFileSync(broken, '{ "format": "journey-audit/map", "version": 1,\n  "journey": { "name": ');
  await importer.setInputFiles(broken);
  let dialog = page.getByRole('dialog').filter({ hasText: '无法导入“broken.journey.json”' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('该文件不是有效的 JSON');
  expect(englishWords(await dialog.innerText())).toEqual([]);
  await dialog.getByRole('button').last().click();
  await expect(dialog).toBeHidden();

  const wrong = testInfo.outputPath('wrong.journey.json');
  const stage = { id: 's1', name: '', color: null };
  const lane = { id: 'l1', name: '客户', kind: 'customer', department: null, color: null };
  const tp = { id: 't1', stageId: 's9', laneId: 'l1', title: '报修', channel: 'phone', description: '', quote: '', owner: '', need: 9, convenience: null, emotion: null, transfers: 0, position: 0 };
  const journey = { name: '坏地图', scene: 'service', persona: '', customerTier: null, description: '', stages: [stage], lanes: [lane], touchpoints: [tp], flows: [] };
  writeFileSync(wrong, JSON.stringify({ format: 'journey-audit/map', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', journey }));
  await importer.setInputFiles(wrong);
  dialog = page.getByRole('dialog').filter({ hasText: '无法导入“wrong.journey.json”' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('不能为空');
  await expect(dialog).toContainText('不能大于 5');
  await expect(dialog).toContainText('不存在 ID 为 s9 的阶段');
  expect(englishWords(await dialog.innerText())).toEqual([]);
});
