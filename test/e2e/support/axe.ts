/**
 * An axe-core scan of the page as it stands, limited to WCAG 2 A and AA rules. The engine is
 * evaluated from the npm package (no network; evaluation is not subject to the app's CSP), and each violation is reported with the
 * selectors of the elements it found, so a failing test says what to fix.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  /** One line per element: its selector and what axe said about it. */
  nodes: string[];
}

const describe = (v: Result): AxeViolation => ({
  rule: v.id,
  impact: v.impact ?? null,
  help: v.help,
  nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
});

/**
 * Runs axe on the page (or on the part `include` selects) and returns the WCAG 2 A/AA
 * violations. `exclude` lists selectors to leave out (e.g. another feature's widget under test).
 */
export async function axeViolations(page: Page, opts: { include?: string; exclude?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const options: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] };
  const context = { include: opts.include ? [opts.include] : [['html']], exclude: (opts.exclude ?? []).map((s) => [s]) };
  const results = await page.evaluate(
    ([ctx, o]) => (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(ctx, o),
    [context, options] as const,
  );
  return results.violations.map(describe);
}

/** Expects no WCAG 2 A/AA violation on the page (or in the part `include` selects), listing each one found. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  // A row fading in or a transition half-way measures lower contrast than the settled page:
  // scan again for a few seconds before a violation counts; one that stays is reported.
  let violations = await axeViolations(page, { include });
  for (let i = 0; i < 10 && violations.length; i++) {
    await page.waitForTimeout(500);
    violations = await axeViolations(page, { include });
  }
  const report = violations.map((v) => `${v.rule} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n}`).join('\n')}`).join('\n');
  expect(violations, `axe violations on ${page.url()}${include ? ` in ${include}` : ''}:\n${report}`).toEqual([]);
}
