/**
 * Measures what a room sees: the rendered size of every piece of text on screen (its computed
 * font size times the scale it is drawn at), whether any lane is cut off, and the emotion
 * curve's labels.
 */
import type { Page } from '@playwright/test';

export interface TextSize {
  text: string;
  px: number;
}

/** Every visible text on screen inside `root`, with its rendered font size in CSS pixels. */
export function renderedTextSizes(page: Page, root: string): Promise<TextSize[]> {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    if (!scope) throw new Error(`${selector} is not on the page`);
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const screen = { w: window.innerWidth, h: window.innerHeight };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('title, desc, style, script')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      // Off screen, collapsed or hidden (e.g. screen-reader-only descriptions) is not seen.
      if (r.width < 2 || r.height < 2 || r.right <= 0 || r.bottom <= 0 || r.left >= screen.w || r.top >= screen.h) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.opacity === '0' || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      // Inside the map, text is drawn at the map's zoom: the scale of the viewport's transform.
      const viewport = el.closest('.react-flow__viewport');
      const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      out.push({ text, px: parseFloat(style.fontSize) * scale });
    }
    return out;
  }, root);
}

/** The viewport's transform once it has stopped moving (stage changes glide). */
export async function settledViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  // A glide lasts 300 ms and may start a frame late: wait it out, then for three equal reads.
  await page.waitForTimeout(400);
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    const now = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    same = now === last ? same + 1 : 0;
    last = now;
    await page.waitForTimeout(100);
  }
  const m = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(last);
  if (!m) throw new Error(`unexpected viewport transform: ${last}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** Lane bands whose top or bottom lies outside the canvas (cut off). */
export function cutLanes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="journey-canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node-band')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.top < canvas.top - 0.5 || r.bottom > canvas.bottom + 0.5;
    }).length;
  });
}

/** The emotion curve's low labels: their full text and their boxes on screen. */
export function curveLabels(page: Page): Promise<{ text: string; box: { x: number; y: number; width: number; height: number } }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ja-curve-label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    }),
  );
}

export const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
