import { describe, expect, it } from 'vitest';
import { SHOW_GRID as G, layoutForShow } from '../../../../../shared/domain/map/show-layout';
import { doc, lane, stage, tp } from './doc';

describe('layoutForShow (presenting)', () => {
  const map = doc({
    stages: [stage('s1'), stage('s2')],
    lanes: [lane('l1'), lane('l2')],
    touchpoints: [tp('a', 's1', 'l1', { position: 0 }), tp('b', 's1', 'l1', { position: 1 }), tp('c', 's2', 'l2'), tp('x', 'gone', 'l1')],
  });
  const g = layoutForShow(map);

  it('puts a cell’s cards side by side, so every lane stays one card high', () => {
    const a = g.cards.get('a')!;
    const b = g.cards.get('b')!;
    expect(b.y).toBe(a.y);
    expect(b.x).toBe(a.x + G.cardWidth + G.cardGap);
    expect(g.lanes.map((l) => l.height)).toEqual([G.cardHeight + 2 * G.cellPaddingY, G.cardHeight + 2 * G.cellPaddingY]);
    expect(g.cards.has('x')).toBe(false);
  });

  it('makes a stage wide enough for its cards and for a label per curve point, and centres the cards', () => {
    expect(g.stages[0]!.width).toBeGreaterThanOrEqual(2 * G.cardWidth + G.cardGap + 2 * G.cellPaddingX);
    expect(g.stages[0]!.width).toBeGreaterThanOrEqual(2 * G.pointRoom);
    expect(g.stages[1]).toEqual({ id: 's2', x: G.laneHeaderWidth + g.stages[0]!.width, width: G.minStageWidth });
    const c = g.cards.get('c')!;
    expect(c.x - g.stages[1]!.x).toBe(g.stages[1]!.x + g.stages[1]!.width - (c.x + c.width));
    expect(g.width).toBe(G.laneHeaderWidth + g.stages[0]!.width + g.stages[1]!.width);
  });

  it('wraps a crowded cell into rows of at most maxColumns cards', () => {
    const many = layoutForShow(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: 'abcde'.split('').map((id, i) => tp(id, 's', 'l', { position: i })) }));
    const ys = [...'abcde'].map((id) => many.cards.get(id)!.y);
    expect(new Set(ys.slice(0, G.maxColumns)).size).toBe(1);
    expect(ys[G.maxColumns]).toBe(ys[0]! + G.cardHeight + G.cardGap);
    expect(many.lanes[0]!.height).toBe(2 * G.cardHeight + G.cardGap + 2 * G.cellPaddingY);
  });

  it('reports its own band sizes, below which the grid starts', () => {
    expect(g).toMatchObject({ curveHeight: G.curveHeight, stageHeaderHeight: G.stageHeaderHeight, laneHeaderWidth: G.laneHeaderWidth });
    expect(g.gridTop).toBe(G.curveHeight + G.stageHeaderHeight);
    expect(g.lanes[0]!.y).toBe(g.gridTop);
  });
});
