/**
 * The PDF report printed by a real headless Chromium from the hand-made comparison, in both
 * languages: a real PDF with the expected pages, rendered to PNG with pdftoppm, and its text
 * read back with pdftotext. Set JOURNEY_AUDIT_KEEP_REPORTS=<folder> to keep the PDFs and PNGs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/backend/report/build';
import type { ReportInput } from '../../../electron/backend/report/model';
import { chromiumCandidates, findChromium, renderPdfWithChromium } from '../../../electron/backend/report/pdf-chromium';
import { fixtureComparison, fixtureJourney, fixtureMapComparison } from '../../support/comparison-fixture';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();
const browser = chromiumCandidates().find((p) => existsSync(p));
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;
if (!browser) console.warn(`report PDF tests skipped: no Chromium, Chrome or Edge found (set JOURNEY_AUDIT_CHROMIUM); looked for ${chromiumCandidates().join(', ')}`);
if (!hasPoppler) console.warn('report PDF page checks skipped: pdfinfo/pdftoppm (poppler-utils) not installed');

const input = (lang: 'zh-CN' | 'en'): ReportInput => ({
  comparison: fixtureComparison(),
  lang,
  journey: fixtureJourney(lang),
  mapComparison: fixtureMapComparison(),
  generatedAt: new Date('2026-11-02T09:00:00Z'),
});

function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
}

/**
 * The width of ’ in "<word>’s" over the mean width of the letters of "<word>s" set in the same
 * size (the same box height), from pdftotext's word boxes; a change of font inside a word splits
 * it into several boxes.
 */
function apostropheWidth(file: string, word: string): number {
  const boxes = [
    ...spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ x0: Number(m[1]), x1: Number(m[3]), height: Number(m[4]) - Number(m[2]), text: m[5]! }));
  const find = (w: string, height?: number) => {
    for (let i = 0; i < boxes.length; i++) {
      if (height !== undefined && Math.abs(boxes[i]!.height - height) > 0.1) continue;
      let text = '';
      for (let j = i; j < boxes.length && w.startsWith(text + boxes[j]!.text); j++) {
        text += boxes[j]!.text;
        if (text === w) return { width: boxes[j]!.x1 - boxes[i]!.x0, height: boxes[i]!.height };
      }
    }
    throw new Error(`"${w}" is not in the report's text`);
  };
  const quoted = find(`${word}’s`);
  const plain = find(`${word}s`, quoted.height);
  return (quoted.width - plain.width) / (plain.width / (word.length + 1));
}

describe.skipIf(!browser)('PDF report through headless Chromium', () => {
  it.for(['zh-CN', 'en'] as const)('prints %s: A4 pages, cover to method notes, Chinese text intact', { timeout: 60_000 }, async (lang, ctx) => {
    const dir = process.env.JOURNEY_AUDIT_KEEP_REPORTS ?? tmp();
    mkdirSync(dir, { recursive: true });
    const bytes = await renderReport(input(lang), 'pdf', renderPdfWithChromium);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(dir, `report-${lang}.pdf`);
    writeFileSync(file, bytes);
    // Without poppler the pages cannot be counted or read: that is a skip, not a pass.
    if (!hasPoppler) return ctx.skip('pdfinfo/pdftotext/pdftoppm (poppler-utils) not installed: the PDF was printed but its pages are unchecked');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(20);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' }).stdout;
    // A4 portrait (595 × 842 pt), and the map on a landscape page.
    expect(info).toMatch(/Page\s+1 size:\s+59[45]\.\d+ x 841\.\d+/);
    expect(info).toMatch(/size:\s+841\.\d+ x 59[45]\.\d+/);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    if (lang === 'zh-CN') {
      // Without a CJK font Chromium prints empty boxes (and pdftotext drops characters).
      const cjkFonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout.trim();
      expect(cjkFonts, 'no Chinese font on this machine: install one (Debian: fonts-noto-cjk)').not.toBe('');
      expect(text).toContain('前后对比报告');
      expect(text).toContain('报修电话多次转接');
      expect(text).toContain('方法说明');
    } else {
      expect(text).toContain('Before/after comparison');
      expect(text).toContain('What got worse');
      // A Chinese font early in the stack draws ’ full-width ("respondent’ s"): English takes it from a Latin font.
      const apostrophe = apostropheWidth(file, 'respondent');
      expect(apostrophe, 'the apostrophe in “respondent’s” is as wide as a full-width character').toBeLessThan(0.8);
    }
    expect(text).toContain('<script>alert(1)</script>'); // shown as text, never run
    expect(text).toMatch(/2 \/ \d+/); // page numbers in the footer
    const prefix = join(dir, `page-${lang}`);
    expect(spawnSync('pdftoppm', ['-r', '50', '-png', file, prefix]).status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith(`page-${lang}`) && f.endsWith('.png'))).toHaveLength(pages);
  });

  it('names what it looked for when no browser is found', () => {
    expect(() => findChromium(['/nowhere/chromium', '/nowhere/chrome'])).toThrow(/\/nowhere\/chromium, \/nowhere\/chrome/);
  });

  it('stops Chromium when the export is cancelled', async () => {
    const abort = new AbortController();
    const printing = renderPdfWithChromium('<!doctype html><p>x</p>', { signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    await expect(printing).rejects.toThrow(/cancelled/);
  });
});
