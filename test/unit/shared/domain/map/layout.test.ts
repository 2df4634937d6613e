import { describe, expect, it } from 'vitest';
import {
  GRID,
  cellAt,
  dropTarget,
  layoutJourney,
  nearestCell,
  nextPositionInCell,
  renumberCell,
} from '../../../../../shared/domain/map/layout';
import { doc, lane, stage, tp } from './doc';

const gridTop = GRID.curveHeight + GRID.stageHeaderHeight;
const step = GRID.cardHeight + GRID.cardGap;

/** Two stages × two lanes; cell s1/l1 holds a (0) and b (1), c sits alone in s2/l2. */
const map = doc({
  stages: [stage('s1'), stage('s2')],
  lanes: [lane('l1'), lane('l2')],
  touchpoints: [tp('b', 's1', 'l1', { position: 1 }), tp('a', 's1', 'l1', { position: 0 }), tp('c', 's2', 'l2')],
});

describe('layoutJourney', () => {
  it('places stages as columns after the lane headers and lanes as rows below curve and headers', () => {
    const g = layoutJourney(map);
    expect(g.curveTop).toBe(0);
    expect(g.gridTop).toBe(gridTop);
    expect(g.stages).toEqual([
      { id: 's1', x: GRID.laneHeaderWidth, width: GRID.stageWidth },
      { id: 's2', x: GRID.laneHeaderWidth + GRID.stageWidth, width: GRID.stageWidth },
    ]);
    expect(g.lanes[0]).toEqual({ id: 'l1', y: gridTop, height: 2 * GRID.cardHeight + GRID.cardGap + 2 * GRID.cellPaddingY });
    expect(g.lanes[1]).toEqual({ id: 'l2', y: gridTop + g.lanes[0]!.height, height: GRID.minLaneHeight });
    expect(g.width).toBe(GRID.laneHeaderWidth + 2 * GRID.stageWidth);
    expect(g.height).toBe(g.lanes[1]!.y + g.lanes[1]!.height);
  });

  it('stacks cards of one cell by position, ties broken by id', () => {
    const g = layoutJourney(map);
    const x = GRID.laneHeaderWidth + GRID.cellPaddingX;
    expect(g.cards.get('a')).toEqual({ id: 'a', x, y: gridTop + GRID.cellPaddingY, width: GRID.cardWidth, height: GRID.cardHeight });
    expect(g.cards.get('b')!.y).toBe(gridTop + GRID.cellPaddingY + step);

    const tied = layoutJourney(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: [tp('z', 's', 'l'), tp('m', 's', 'l')] }));
    expect(tied.cards.get('m')!.y).toBeLessThan(tied.cards.get('z')!.y);
  });

  it('grows a lane with stacked cards and never shrinks it below the minimum', () => {
    const cards = (n: number) => Array.from({ length: n }, (_, i) => tp(`t${i}`, 's', 'l', { position: i }));
    const height = (n: number) => layoutJourney(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: cards(n) })).lanes[0]!.height;
    expect(height(0)).toBe(GRID.minLaneHeight);
    expect(height(1)).toBe(GRID.minLaneHeight);
    expect(height(3)).toBe(3 * GRID.cardHeight + 2 * GRID.cardGap + 2 * GRID.cellPaddingY);
    expect(height(4) - height(3)).toBe(step);
  });

  it('skips touchpoints whose stage or lane is missing', () => {
    const g = layoutJourney(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: [tp('x', 'gone', 'l'), tp('y', 's', 'gone')] }));
    expect(g.cards.size).toBe(0);
  });

  it('handles an empty journey and a journey without stages', () => {
    const empty = layoutJourney(doc());
    expect(empty).toMatchObject({ stages: [], lanes: [], width: GRID.laneHeaderWidth, height: gridTop });
    expect(empty.cards.size).toBe(0);
    const noStages = layoutJourney(doc({ lanes: [lane('l')], touchpoints: [tp('t', 's', 'l')] }));
    expect(noStages.lanes).toEqual([{ id: 'l', y: gridTop, height: GRID.minLaneHeight }]);
    expect(noStages.cards.size).toBe(0);
    expect(cellAt(noStages, { x: GRID.laneHeaderWidth + 10, y: gridTop + 10 })).toBeNull();
  });
});

describe('cellAt', () => {
  const g = layoutJourney(map);
  it('finds the cell under a point', () => {
    expect(cellAt(g, { x: GRID.laneHeaderWidth, y: gridTop })).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(cellAt(g, { x: g.width - 1, y: g.height - 1 })).toEqual({ stageId: 's2', laneId: 'l2' });
  });
  it('is null outside the grid body', () => {
    expect(cellAt(g, { x: 10, y: gridTop + 10 })).toBeNull(); // lane header
    expect(cellAt(g, { x: 300, y: 20 })).toBeNull(); // emotion curve band
    expect(cellAt(g, { x: 300, y: gridTop - 1 })).toBeNull(); // stage header
    expect(cellAt(g, { x: g.width, y: gridTop + 10 })).toBeNull();
    expect(cellAt(g, { x: 300, y: g.height })).toBeNull();
  });
});

describe('dropTarget', () => {
  const g = layoutJourney(map);
  const x = GRID.laneHeaderWidth + GRID.stageWidth / 2;
  const centreA = gridTop + GRID.cellPaddingY + GRID.cardHeight / 2;
  const centreB = centreA + step;

  it('puts a card between two cards at the midpoint of their positions', () => {
    expect(dropTarget(g, map, 'c', { x, y: (centreA + centreB) / 2 })).toEqual({ stageId: 's1', laneId: 'l1', position: 0.5 });
  });
  it('puts a card before the first or after the last', () => {
    expect(dropTarget(g, map, 'c', { x, y: centreA - 5 })).toEqual({ stageId: 's1', laneId: 'l1', position: -1 });
    expect(dropTarget(g, map, 'c', { x, y: centreB + 5 })).toEqual({ stageId: 's1', laneId: 'l1', position: 2 });
  });
  it('gives position 0 in an empty cell', () => {
    expect(dropTarget(g, map, 'a', { x: x + GRID.stageWidth, y: gridTop + 20 })).toEqual({ stageId: 's2', laneId: 'l1', position: 0 });
  });
  it('is null outside the grid', () => {
    expect(dropTarget(g, map, 'a', { x: 20, y: centreA })).toBeNull();
    expect(dropTarget(g, map, 'a', { x, y: 10 })).toBeNull();
  });
  it('keeps the position of a card dropped back where it was', () => {
    expect(dropTarget(g, map, 'a', { x, y: centreA + 3 })).toEqual({ stageId: 's1', laneId: 'l1', position: 0 });
    expect(dropTarget(g, map, 'b', { x, y: centreB - 3 })).toEqual({ stageId: 's1', laneId: 'l1', position: 1 });
  });
  it('moves a card past a neighbour once its centre passes the neighbour’s centre', () => {
    expect(dropTarget(g, map, 'a', { x, y: centreB - 1 })!.position).toBe(0);
    expect(dropTarget(g, map, 'a', { x, y: centreB + 1 })!.position).toBe(2);
    expect(dropTarget(g, map, 'b', { x, y: centreA - 1 })!.position).toBe(-1);
  });
});

describe('nextPositionInCell and renumberCell', () => {
  it('appends after the last card; 0 in an empty cell', () => {
    expect(nextPositionInCell(map, 's1', 'l1')).toBe(2);
    expect(nextPositionInCell(map, 's2', 'l1')).toBe(0);
    const fractional = doc({ touchpoints: [tp('a', 's', 'l', { position: 2.5 }), tp('b', 's', 'l', { position: -4 })] });
    expect(nextPositionInCell(fractional, 's', 'l')).toBe(3);
  });
  it('renumbers a cell 0…n−1 in its current order, returning only changed cards', () => {
    const cell = doc({ touchpoints: [tp('a', 's', 'l', { position: 0 }), tp('b', 's', 'l', { position: 0.5 }), tp('c', 's', 'l', { position: 0.75 })] });
    const changed = renumberCell(cell, 's', 'l');
    expect(changed.map((t) => [t.id, t.position])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    expect(cell.touchpoints[1]!.position).toBe(0.5);
  });
});

describe('nearestCell', () => {
  const g = layoutJourney(map);
  it('is the cell under the point, or the closest one for a point over the headers or beyond the grid', () => {
    expect(nearestCell(g, { x: GRID.laneHeaderWidth + GRID.stageWidth + 5, y: g.lanes[1]!.y + 5 })).toEqual({ stageId: 's2', laneId: 'l2' });
    expect(nearestCell(g, { x: 10, y: 10 })).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(nearestCell(g, { x: 99_999, y: 99_999 })).toEqual({ stageId: 's2', laneId: 'l2' });
    expect(nearestCell(layoutJourney(doc()), { x: 0, y: 0 })).toBeNull();
  });
});
