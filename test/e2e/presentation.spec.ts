/**
 * Presenting a journey on a 1080p projector: every text on screen reads at 18 px or more,
 * the zoom stays the same from stage to stage, no lane is cut off and the emotion curve's
 * lows carry their whole titles — in Chinese, where it broke, and in English, whose words
 * are longer.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, initWorkspace, test } from './support/app';
import { cards } from './support/editor';
import { curveLabels, cutLanes, overlaps, renderedTextSizes, settledViewport } from './support/legibility';

const LANGS = [
  { lang: 'zh-CN', locale: 'zh-CN', present: '演示', next: '下一阶段' },
  { lang: 'en', locale: 'en-US', present: 'Presentation', next: 'Next stage' },
] as const;

for (const { lang, locale, present, next } of LANGS) {
  test(`presentation at 1920×1080 is legible from the back of the room (${lang})`, async ({ launch }, testInfo) => {
    mkdirSync(testInfo.outputDir, { recursive: true });
    const workspace = join(testInfo.outputDir, 'sample.jaudit');
    initWorkspace(workspace, '--sample', '--lang', lang);
    const { page } = await launch({ workspace, locale });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('table').getByRole('link').first().click();
    await expect(cards(page).first()).toBeVisible();
    const titles = (await page.locator('.ja-tp-title-text').allTextContents()).map((t) => t.trim());

    await page.getByRole('button', { name: present, exact: true }).click();
    const show = page.locator('.ja-editor-stage.is-presenting');
    await expect(show).toBeVisible();
    const stages = await page.locator('.react-flow__node-stage').count();
    expect(stages).toBe(5);

    const zooms: number[] = [];
    const labelled = new Set<string>();
    for (let stage = 0; stage < stages; stage++) {
      if (stage > 0) await page.getByRole('button', { name: next }).click();
      zooms.push((await settledViewport(page)).zoom);

      const small = (await renderedTextSizes(page, '.ja-editor-stage')).filter((t) => t.px < 18 - 0.01);
      expect(small, `texts under 18 px at stage ${stage + 1}`).toEqual([]);
      expect(await cutLanes(page), `lanes cut at stage ${stage + 1}`).toBe(0);

      // Card titles are whole, not clamped (a hidden line, not a glyph's few pixels of overhang).
      const clamped = await page.locator('.ja-tp-title-text').evaluateAll((els) =>
        els.filter((e) => e.getBoundingClientRect().right > 0 && e.scrollHeight > e.clientHeight + 8).map((e) => e.textContent),
      );
      expect(clamped, `clamped titles at stage ${stage + 1}`).toEqual([]);

      const labels = await curveLabels(page);
      for (const l of labels) {
        expect(l.text).not.toContain('…');
        // Wrapped lines join back into a card's whole title.
        expect(titles.map((t) => t.replace(/\s+/g, ''))).toContain(l.text.replace(/\s+/g, ''));
        labelled.add(l.text.replace(/\s+/g, ''));
      }
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    }
    // One zoom for the whole presentation, and every low of the sample (emotion 1 or 2) labelled.
    expect(new Set(zooms).size).toBe(1);
    expect(labelled.size).toBeGreaterThanOrEqual(7);
  });
}
