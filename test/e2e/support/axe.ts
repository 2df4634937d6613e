/**
 * An axe-core scan (WCAG 2 A and AA rules) of what the page shows, failing with a readable list
 * of the violations: rule, impact, and the first elements with what axe says about them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** Runs axe on the page (or on the elements `context` selects) and expects no violation. */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  // Evaluated through the debugging protocol: the page's content security policy allows no injected script tag.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SOURCE}\n;true`);
  const violations = await page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(ctx ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 8).map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
    }));
  }, context ?? null);
  const report = (violations as Violation[])
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n');
  expect(violations, `axe violations on ${page.url()}${context ? ` in ${context}` : ''}:\n${report}`).toEqual([]);
}
