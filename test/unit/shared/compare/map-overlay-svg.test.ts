/**
 * The journey map with the change overlay: each touchpoint's direction from its linked items,
 * a card per touchpoint with ratings and change, escaped text, and a well-formed SVG.
 */
import { describe, expect, it } from 'vitest';
import { mapOverlaySvg, type MapOverlayText, touchpointChanges } from '../../../../shared/domain/compare/map-overlay-svg';
import { textWidth, truncateToWidth, wrapToWidth } from '../../../../shared/domain/compare/text-fit';
import type { ComparisonItem } from '../../../../shared/ops/compare';
import { fixtureComparison, fixtureJourney } from '../../../support/comparison-fixture';

const WORDS: MapOverlayText = {
  need: '需要', convenience: '便利', emotion: '情感', transfers: (n) => `转接 ${n} 次`,
  legend: { better: '改善', worse: '下滑', unclear: '变化不明显', unmeasured: '未测量' },
  mixed: '有升有降',
};
const items = fixtureComparison().items;
const q = (over: Partial<ComparisonItem>): ComparisonItem => ({ ...items[0]!, ...over, ref: { ...items[0]!.ref, ...over.ref } });

describe('touchpoint directions', () => {
  it('follows the linked whole-round items, the touchpoint composite first', () => {
    const changes = touchpointChanges(items);
    expect(changes.get('tp-0')).toMatchObject({ direction: 'better', mixed: false });
    expect(changes.get('tp-1')!.direction).toBe('worse');
    expect(changes.get('tp-1')!.delta).toBeCloseTo(-0.2, 10);
    expect(changes.get('tp-3')!.direction).toBe('unclear');
    expect(changes.has('tp-2')).toBe(false); // no linked item: not measured
  });

  it('ignores group rows and hidden items; items that move both ways are mixed', () => {
    const better = q({ key: 'a', verdict: 'better', delta: 0.4, ref: { touchpointId: 'x' } as ComparisonItem['ref'] });
    const worse = q({ key: 'b', verdict: 'worse', delta: -0.2, ref: { touchpointId: 'x' } as ComparisonItem['ref'] });
    expect(touchpointChanges([better, worse]).get('x')).toMatchObject({ direction: 'unclear', mixed: true });
    expect(touchpointChanges([better, { ...worse, group: '华东' }]).get('x')!.direction).toBe('better');
    expect(touchpointChanges([{ ...better, hidden: true }]).has('x')).toBe(false);
    expect(touchpointChanges([{ ...better, verdict: 'untested' }]).get('x')!.direction).toBe('unmeasured');
  });
});

describe('the SVG', () => {
  const svg = mapOverlaySvg(fixtureJourney('zh-CN'), items, WORDS)!;

  it('draws every stage, lane and touchpoint with its direction, ratings and change', () => {
    const journey = fixtureJourney('zh-CN');
    for (const s of journey.stages) expect(svg).toContain(`>${s.name}<`);
    for (const l of journey.lanes) expect(svg).toContain(l.name);
    expect((svg.match(/data-touchpoint=/g) ?? []).length).toBe(journey.touchpoints.length);
    expect(svg).toMatch(/data-touchpoint="tp-0" data-direction="better"/);
    expect(svg).toMatch(/data-touchpoint="tp-1" data-direction="worse"/);
    expect(svg).toMatch(/data-touchpoint="tp-2" data-direction="unmeasured"/);
    expect(svg).toContain('需要 2 · 便利 1 · 情感 1');
    expect(svg).toContain('▼ −0.20 下滑');
    expect(svg).toContain('⇄ 转接 3 次');
    for (const word of Object.values(WORDS.legend)) expect(svg).toContain(word);
  });

  it('escapes user text and holds no script, link or external reference', () => {
    expect(svg).toContain('&lt;script&gt;alert(1)'); // the title wraps after this
    expect(svg).toContain('&lt;img src=x');
    expect(svg).not.toMatch(/<script|<a\s|href=|<foreignObject|<image/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  it('is well-formed: balanced groups and text elements, nothing after the root', () => {
    expect(svg.match(/<g /g)!.length).toBe(svg.match(/<\/g>/g)!.length);
    expect(svg.match(/<text /g)!.length).toBe(svg.match(/<\/text>/g)!.length);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  });

  it('is null for a journey without stages', () => {
    expect(mapOverlaySvg({ stages: [], lanes: [], touchpoints: [] }, items, WORDS)).toBeNull();
  });
});

describe('fitting text', () => {
  it('counts CJK as a full em and wraps and shortens within the width', () => {
    expect(textWidth('报修')).toBe(2);
    expect(textWidth('ab')).toBeLessThan(2);
    expect(truncateToWidth('报修电话多次转接导致客户不满', 6)).toBe('报修电话多…');
    const lines = wrapToWidth('Repair call transferred repeatedly between desks', 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Repair call');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(12);
    expect(wrapToWidth('报修电话多次转接', 4, 3)).toEqual(['报修电话', '多次转接']);
  });
});
