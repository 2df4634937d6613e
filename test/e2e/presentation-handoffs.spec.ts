/**
 * Presenting: no "⇄ hand-off" label sits on another flow's line. The stage being presented
 * labels its hand-offs; the dimmed stages around it keep the purple lines without labels.
 */
import { expect, initWorkspace, test } from './support/app';
import { cards } from './support/editor';
import { settledViewport } from './support/legibility';

interface Crossing {
  label: string;
  other: string;
}

/** Hand-off labels on screen that another flow's line runs through (sampled every 2 px along each path). */
function labelsOnLines(page: import('@playwright/test').Page): Promise<{ shown: number; outside: number; crossings: Crossing[] }> {
  return page.evaluate(() => {
    const spot = document.querySelector('.ja-spotlight')!.getBoundingClientRect();
    let outside = 0;
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge')];
    const paths = edges.map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const m = path.getScreenCTM()!;
      const points: { x: number; y: number }[] = [];
      const length = path.getTotalLength();
      for (let l = 0; l <= length; l += 2) {
        const p = path.getPointAtLength(l);
        points.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
      }
      return { id: g.dataset.id ?? '', points };
    });
    const crossings: { label: string; other: string }[] = [];
    let shown = 0;
    for (const g of edges) {
      const label = g.querySelector<SVGGElement>('.ja-handoff');
      if (!label || getComputedStyle(label).visibility === 'hidden' || getComputedStyle(label).display === 'none') continue;
      const r = label.getBoundingClientRect();
      if (r.width === 0 || r.right < 0 || r.left > window.innerWidth) continue;
      shown++;
      if (r.left + r.width / 2 < spot.left || r.left + r.width / 2 > spot.right) outside++;
      for (const other of paths) {
        if (other.id === g.dataset.id) continue;
        if (other.points.some((p) => p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1)) crossings.push({ label: g.dataset.id ?? '', other: other.id });
      }
    }
    return { shown, outside, crossings };
  });
}

for (const { lang, locale, present, next } of [
  { lang: 'zh-CN', locale: 'zh-CN', present: '演示', next: '下一阶段' },
  { lang: 'en', locale: 'en-US', present: 'Presentation', next: 'Next stage' },
] as const) {
  test(`presenting, hand-off labels keep off other flows' lines (${lang})`, async ({ launch }, testInfo) => {
    const workspace = testInfo.outputPath('sample.jaudit');
    initWorkspace(workspace, '--sample', '--lang', lang);
    const { page } = await launch({ workspace, locale });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('table').getByRole('link').first().click();
    await expect(cards(page).first()).toBeVisible();
    await page.getByRole('button', { name: present, exact: true }).click();
    await expect(page.locator('.ja-editor-stage.is-presenting')).toBeVisible();
    let shown = 0;
    for (let stage = 0; stage < 5; stage++) {
      if (stage > 0) await page.getByRole('button', { name: next }).click();
      await settledViewport(page);
      const seen = await labelsOnLines(page);
      shown += seen.shown;
      expect(seen.crossings, `labels on other flows' lines at stage ${stage + 1}`).toEqual([]);
      expect(seen.outside, `labels in dimmed stages at stage ${stage + 1}`).toBe(0);
    }
    // The sample's hand-offs are labelled somewhere along the way.
    expect(shown).toBeGreaterThan(0);
  });
}
