import { describe, expect, it } from 'vitest';
import { curveLows, emotionCurve } from '../../../../../shared/domain/map/emotion-curve';
import { doc, lane, stage, tp } from './doc';

const map = doc({
  stages: [stage('s1'), stage('s2')],
  lanes: [lane('customer'), lane('sales')],
  touchpoints: [
    tp('late', 's2', 'customer', { emotion: 5 }),
    tp('sales-2', 's1', 'sales', { emotion: 2, position: 2 }),
    tp('sales-1', 's1', 'sales', { emotion: null, position: 1 }),
    tp('first', 's1', 'customer', { emotion: 3, position: 9 }),
    tp('lost', 'gone', 'customer', { emotion: 1 }),
    tp('low', 's2', 'sales', { emotion: 1 }),
  ],
});

describe('emotionCurve', () => {
  const points = emotionCurve(map);
  it('orders by stage, then lane, then position; skips touchpoints without a stage or lane', () => {
    expect(points.map((p) => p.touchpointId)).toEqual(['first', 'sales-1', 'sales-2', 'late', 'low']);
    expect(points.map((p) => p.order)).toEqual([0, 1, 2, 3, 4]);
    expect(points.map((p) => p.stageId)).toEqual(['s1', 's1', 's1', 's2', 's2']);
  });
  it('plots emotion − 3 and keeps unrated points as null, never low', () => {
    expect(points.map((p) => p.value)).toEqual([0, null, -1, 2, -2]);
    expect(points.map((p) => p.low)).toEqual([false, false, true, false, true]);
  });
  it('breaks position ties by id', () => {
    const tied = emotionCurve(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: [tp('b', 's', 'l'), tp('a', 's', 'l')] }));
    expect(tied.map((p) => p.touchpointId)).toEqual(['a', 'b']);
  });
  it('is empty for an empty journey or one without stages', () => {
    expect(emotionCurve(doc())).toEqual([]);
    expect(emotionCurve(doc({ lanes: [lane('l')], touchpoints: [tp('a', 's', 'l', { emotion: 1 })] }))).toEqual([]);
  });
});

describe('curveLows', () => {
  it('keeps the points rated 2 or below, in order', () => {
    expect(curveLows(emotionCurve(map)).map((p) => p.touchpointId)).toEqual(['sales-2', 'low']);
    expect(curveLows([])).toEqual([]);
  });
  it('has no lows when nothing is rated', () => {
    const unrated = emotionCurve(doc({ stages: [stage('s')], lanes: [lane('l')], touchpoints: [tp('a', 's', 'l')] }));
    expect(curveLows(unrated)).toEqual([]);
  });
});
