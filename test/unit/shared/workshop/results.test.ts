import { describe, expect, it } from 'vitest';
import { appliedValue, measureResult, quantile } from '../../../../shared/domain/workshop/results';
import { voteFits } from '../../../../shared/domain/workshop/types';

const votes = (values: number[], department = '') => values.map((value) => ({ value, department }));

describe('workshop results', () => {
  it('quantiles interpolate between order statistics (QUARTILE.INC)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('gives distribution, median, mean and spread, and flags a split room for discussion', () => {
    const agreed = measureResult('need', votes([4, 4, 4, 5, 3]), 5);
    expect(agreed).toMatchObject({ n: 5, median: 4, mean: 4, q1: 4, q3: 4, iqr: 0, discuss: false });
    expect(agreed.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 1 },
      { value: 4, count: 3 },
      { value: 5, count: 1 },
    ]);
    const split = measureResult('emotion', votes([1, 1, 2, 5, 5, 5]), 5);
    expect(split.iqr).toBeGreaterThanOrEqual(2);
    expect(split.discuss).toBe(true);
    expect(measureResult('convenience', [], 5)).toMatchObject({ n: 0, median: null, mean: null, discuss: false });
  });

  it('breaks down by department only where the department reaches the privacy minimum', () => {
    const r = measureResult('need', [...votes([2, 2, 3], 'Sales'), ...votes([5, 5], 'Service'), ...votes([4])], 3);
    expect(r.departments).toEqual([{ department: 'Sales', n: 3, median: 2, mean: 7 / 3 }]);
  });

  it('counts transfers without a 1–5 frame, and applies medians rounded half up', () => {
    expect(measureResult('transfers', votes([0, 2, 2]), 5).distribution).toEqual([
      { value: 0, count: 1 },
      { value: 2, count: 2 },
    ]);
    expect(appliedValue(3.5)).toBe(4);
    expect(appliedValue(2.25)).toBe(2);
    expect(appliedValue(null)).toBeNull();
  });

  it('a vote fits its measure: 1–5 ratings, 0–20 transfers, text comments', () => {
    expect(voteFits({ touchpointId: 't', measure: 'need', value: 5, text: null })).toBe(true);
    expect(voteFits({ touchpointId: 't', measure: 'need', value: 0, text: null })).toBe(false);
    expect(voteFits({ touchpointId: 't', measure: 'transfers', value: 0, text: null })).toBe(true);
    expect(voteFits({ touchpointId: 't', measure: 'comment', value: null, text: 'slow' })).toBe(true);
    expect(voteFits({ touchpointId: 't', measure: 'comment', value: 3, text: null })).toBe(false);
  });
});
