import { describe, expect, it } from 'vitest';
import { journeyStats, stageStats, statsByStage } from '../../../../../shared/domain/map/stats';
import { doc, flow, lane, stage, tp } from './doc';

const map = doc({
  stages: [stage('before'), stage('during'), stage('after')],
  lanes: [lane('sales'), lane('finance')],
  touchpoints: [
    tp('a', 'before', 'sales', { need: 4, convenience: 2, emotion: 3, transfers: 1 }),
    tp('b', 'before', 'finance', { need: 5, convenience: null, emotion: null, transfers: 2 }),
    tp('c', 'during', 'sales', { transfers: 2 }),
    tp('d', 'during', 'sales', { need: 3, convenience: 4, emotion: 5 }),
  ],
  flows: [flow('ab', 'a', 'b'), flow('bc', 'b', 'c'), flow('cd', 'c', 'd')],
});

describe('journeyStats', () => {
  const s = journeyStats(map);
  it('averages each factor over the touchpoints where it is rated', () => {
    expect(s.touchpoints).toBe(4);
    expect(s.rated).toBe(3);
    expect(s.means).toEqual({ need: 4, convenience: 3, emotion: 4 });
  });
  it('averages experience scores over rated touchpoints only (unrated is not 0)', () => {
    expect(s.score).toBeCloseTo((3 + 5 + 4) / 3, 12);
  });
  it('sums transfers and bounds the loyalty kept: 5 transfers keep at most 59.049%', () => {
    expect(s.transfers).toBe(5);
    expect(s.loyaltyKept).toBeCloseTo(0.59049, 12);
  });
  it('counts hand-offs and pain points', () => {
    expect(s.handoffs).toBe(2);
    expect(s.painPoints).toBe(3); // a (convenience 2), b (2 transfers), c (2 transfers)
  });
  it('uses custom rules', () => {
    expect(journeyStats(map, { maxFactorRating: 1, minTransfers: 3, maxSurveyMean: 2.5, minSurveyTop2: 0.5 }).painPoints).toBe(0);
  });
});

describe('stageStats and statsByStage', () => {
  it('restricts to one stage; hand-offs are those leaving it', () => {
    const before = stageStats(map, 'before');
    expect(before).toMatchObject({ touchpoints: 2, rated: 2, transfers: 3, handoffs: 2, painPoints: 2 });
    expect(before.means).toEqual({ need: 4.5, convenience: 2, emotion: 3 });
    expect(before.loyaltyKept).toBeCloseTo(0.729, 12);
    expect(stageStats(map, 'during')).toMatchObject({ touchpoints: 2, rated: 1, score: 4, transfers: 2, handoffs: 0 });
  });
  it('gives an empty stage no means, no score and full loyalty', () => {
    expect(stageStats(map, 'after')).toEqual({
      touchpoints: 0,
      rated: 0,
      means: { need: null, convenience: null, emotion: null },
      score: null,
      transfers: 0,
      loyaltyKept: 1,
      handoffs: 0,
      painPoints: 0,
    });
  });
  it('covers every stage in order', () => {
    const by = statsByStage(map);
    expect([...by.keys()]).toEqual(['before', 'during', 'after']);
    expect(by.get('during')).toEqual(stageStats(map, 'during'));
  });
});

describe('empty journeys', () => {
  it('has nothing to average and keeps all loyalty with 0 transfers', () => {
    const s = journeyStats(doc({ stages: [stage('s')], lanes: [lane('l')] }));
    expect(s).toMatchObject({ touchpoints: 0, rated: 0, score: null, transfers: 0, loyaltyKept: 1, handoffs: 0, painPoints: 0 });
    expect(statsByStage(doc()).size).toBe(0);
  });
  it('counts a journey of unrated touchpoints without transfers as unrated, not as poor', () => {
    const s = journeyStats(doc({ touchpoints: [tp('a', 's', 'l'), tp('b', 's', 'l')] }));
    expect(s).toMatchObject({ touchpoints: 2, rated: 0, score: null, loyaltyKept: 1, painPoints: 0 });
    expect(s.means).toEqual({ need: null, convenience: null, emotion: null });
  });
});
