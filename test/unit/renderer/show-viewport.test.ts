import { describe, expect, it } from 'vitest';
import { layoutForShow } from '../../../shared/domain/map/show-layout';
import { revealRect, SHOW_MAX_ZOOM, showPages, showViewport, showZoom } from '../../../renderer/features/editor/canvas/viewport';
import { doc, lane, stage, tp } from '../shared/domain/map/doc';

/** Five stages, six lanes, one card in each cell of the diagonal: an ordinary workshop map. */
const stages = [1, 2, 3, 4, 5].map((i) => stage(`s${i}`));
const lanes = [1, 2, 3, 4, 5, 6].map((i) => lane(`l${i}`));
const layout = layoutForShow(doc({ stages, lanes, touchpoints: stages.map((s, i) => tp(`t${i}`, s.id, lanes[i]!.id)) }));

describe('presenting: one zoom, pages of stages', () => {
  it('fits the whole height of the map (no lane cut) at about 1 on a 1080p screen', () => {
    const zoom = showZoom(layout, 1920, 980);
    expect(layout.height * zoom).toBeLessThanOrEqual(980);
    expect(zoom).toBeGreaterThan(0.9);
    expect(showZoom(layoutForShow(doc({ stages, lanes: [lane('only')] })), 1920, 980)).toBe(SHOW_MAX_ZOOM);
  });

  it('keeps the same zoom for every stage and shows each stage whole, right of the lane names', () => {
    const views = stages.map((_, i) => showViewport(layout, i, 1920, 980));
    expect(new Set(views.map((v) => v.zoom)).size).toBe(1);
    views.forEach((v, i) => {
      const s = layout.stages[i]!;
      expect(s.x * v.zoom + v.x).toBeGreaterThanOrEqual(layout.laneHeaderWidth * v.zoom - 0.001);
      expect((s.x + s.width) * v.zoom + v.x).toBeLessThanOrEqual(1920 + 0.001);
      expect(v.y).toBeGreaterThanOrEqual(0);
    });
  });

  it('groups consecutive stages into pages that fit the screen; a page does not move between its stages', () => {
    const zoom = showZoom(layout, 1920, 980);
    const pages = showPages(layout, 1920, zoom);
    expect(pages.flatMap((p) => Array.from({ length: p.last - p.first + 1 }, (_, k) => p.first + k))).toEqual([0, 1, 2, 3, 4]);
    for (const p of pages) expect((layout.laneHeaderWidth + p.width) * zoom).toBeLessThanOrEqual(1920 + 0.001);
    const first = pages[0]!;
    expect(first.last).toBeGreaterThan(first.first);
    expect(showViewport(layout, first.first, 1920, 980)).toEqual(showViewport(layout, first.last, 1920, 980));
  });
});

describe('revealRect', () => {
  const v = { x: 0, y: 0, zoom: 0.5 };
  it('leaves the view alone when the rectangle is already on screen', () => {
    expect(revealRect(v, { x: 100, y: 100, width: 100, height: 100 }, 800, 600)).toBe(v);
  });
  it('pans just enough to bring a rectangle beyond the right or bottom edge into view, keeping the zoom', () => {
    const next = revealRect(v, { x: 2000, y: 1400, width: 268, height: 150 }, 800, 600);
    expect(next.zoom).toBe(0.5);
    expect((2000 + 268) * 0.5 + next.x).toBe(800 - 24);
    expect((1400 + 150) * 0.5 + next.y).toBe(600 - 24);
  });
  it('aligns a rectangle left of or above the view by its top-left corner', () => {
    const next = revealRect({ x: -500, y: -300, zoom: 1 }, { x: 10, y: 10, width: 50, height: 50 }, 800, 600);
    expect(next).toEqual({ x: 24 - 10, y: 24 - 10, zoom: 1 });
  });
});
