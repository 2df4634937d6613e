import { describe, expect, it } from 'vitest';
import { emotionPoint, experienceScore, loyaltyKept, totalTransfers } from '../../../../shared/domain/formulas';

describe('experienceScore', () => {
  it('averages the rated factors only', () => {
    expect(experienceScore({ need: 4, convenience: 2, emotion: 3 })).toBe(3);
    expect(experienceScore({ need: 5, convenience: null, emotion: 2 })).toBe(3.5);
  });
  it('is null when nothing is rated (never 0)', () => {
    expect(experienceScore({ need: null, convenience: null, emotion: null })).toBeNull();
  });
});

describe('loyaltyKept', () => {
  it('keeps everything with no transfer', () => expect(loyaltyKept(0)).toBe(1));
  it('loses 10% per transfer, compounding', () => {
    expect(loyaltyKept(1)).toBeCloseTo(0.9, 12);
    expect(loyaltyKept(5)).toBeCloseTo(0.59049, 12);
  });
  it('refuses negative counts', () => expect(() => loyaltyKept(-1)).toThrow(RangeError));
});

describe('totalTransfers and emotionPoint', () => {
  it('sums transfers; an empty journey has none', () => {
    expect(totalTransfers([])).toBe(0);
    expect(totalTransfers([{ transfers: 2 }, { transfers: 0 }, { transfers: 3 }])).toBe(5);
  });
  it('maps emotion 1…5 to −2…+2 and keeps unrated as null', () => {
    expect([1, 2, 3, 4, 5].map((e) => emotionPoint(e))).toEqual([-2, -1, 0, 1, 2]);
    expect(emotionPoint(null)).toBeNull();
  });
});
