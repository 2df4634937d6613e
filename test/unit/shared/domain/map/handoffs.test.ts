import { describe, expect, it } from 'vitest';
import { handoffCountByTouchpoint, handoffFlows, isHandoff, touchpointsById } from '../../../../../shared/domain/map/handoffs';
import { doc, flow, lane, stage, tp } from './doc';

const map = doc({
  stages: [stage('s1'), stage('s2')],
  lanes: [lane('sales'), lane('finance')],
  touchpoints: [tp('a', 's1', 'sales'), tp('b', 's2', 'sales'), tp('c', 's2', 'finance'), tp('d', 's1', 'finance')],
  flows: [flow('ab', 'a', 'b'), flow('ac', 'a', 'c'), flow('ad', 'a', 'd'), flow('cb', 'c', 'b'), flow('cd', 'c', 'd'), flow('ax', 'a', 'gone')],
});

describe('isHandoff', () => {
  const byId = touchpointsById(map);
  it('is true across lanes, whatever the stages', () => {
    expect(isHandoff(flow('f', 'a', 'c'), byId)).toBe(true);
    expect(isHandoff(flow('f', 'a', 'd'), byId)).toBe(true);
  });
  it('is false within one lane, even across stages', () => {
    expect(isHandoff(flow('f', 'a', 'b'), byId)).toBe(false);
    expect(isHandoff(flow('f', 'c', 'd'), byId)).toBe(false);
  });
  it('is false when an end is missing', () => {
    expect(isHandoff(flow('f', 'a', 'gone'), byId)).toBe(false);
    expect(isHandoff(flow('f', 'gone', 'a'), byId)).toBe(false);
  });
});

describe('handoffFlows and handoffCountByTouchpoint', () => {
  it('lists the flows that cross lanes, in order', () => {
    expect(handoffFlows(map).map((f) => f.id)).toEqual(['ac', 'ad', 'cb']);
  });
  it('counts outgoing hand-offs, with 0 for every other touchpoint', () => {
    expect(Object.fromEntries(handoffCountByTouchpoint(map))).toEqual({ a: 2, b: 0, c: 1, d: 0 });
  });
  it('finds nothing in an empty journey', () => {
    expect(handoffFlows(doc())).toEqual([]);
    expect(handoffCountByTouchpoint(doc()).size).toBe(0);
  });
});
