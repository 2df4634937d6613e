import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIN_RULES, PainRulesSchema, isPainPoint, painReasons } from '../../../../../shared/domain/map/painpoints';
import { tp } from './doc';

const rated = (need: number | null, convenience: number | null, emotion: number | null, transfers = 0) =>
  tp('t', 's', 'l', { need, convenience, emotion, transfers });

describe('painReasons with the default rules (DESIGN.md §2)', () => {
  it('fires on a factor rated 2 but not 3', () => {
    expect(painReasons(rated(2, 3, 3))).toEqual([{ kind: 'need', rating: 2 }]);
    expect(painReasons(rated(3, 3, 3))).toEqual([]);
    expect(painReasons(rated(4, 1, 2))).toEqual([
      { kind: 'convenience', rating: 1 },
      { kind: 'emotion', rating: 2 },
    ]);
  });
  it('never fires on unrated factors', () => {
    expect(painReasons(rated(null, null, null))).toEqual([]);
    expect(isPainPoint(rated(null, null, null))).toBe(false);
  });
  it('fires on 2 transfers but not 1 or 0', () => {
    expect(painReasons(rated(5, 5, 5, 2))).toEqual([{ kind: 'transfers', transfers: 2 }]);
    expect(isPainPoint(rated(5, 5, 5, 1))).toBe(false);
    expect(isPainPoint(rated(5, 5, 5, 0))).toBe(false);
  });
  it('fires on a survey mean ≤ 2.5 and a top-2-box share below 50%', () => {
    const ok = rated(4, 4, 4);
    expect(painReasons(ok, DEFAULT_PAIN_RULES, { mean: 2.5, top2: 0.5 })).toEqual([{ kind: 'surveyMean', mean: 2.5 }]);
    expect(painReasons(ok, DEFAULT_PAIN_RULES, { mean: 2.51, top2: 0.49 })).toEqual([{ kind: 'surveyTop2', share: 0.49 }]);
    expect(painReasons(ok, DEFAULT_PAIN_RULES, { mean: null, top2: null })).toEqual([]);
    expect(painReasons(ok, undefined, { mean: 1, top2: 0 })).toHaveLength(2);
  });
  it('lists every rule that fires, factors first', () => {
    expect(painReasons(rated(1, 5, 5, 3), DEFAULT_PAIN_RULES, { mean: 2, top2: 0.2 }).map((r) => r.kind)).toEqual([
      'need',
      'transfers',
      'surveyMean',
      'surveyTop2',
    ]);
  });
});

describe('custom rules', () => {
  const strict = { maxFactorRating: 3, minTransfers: 1, maxSurveyMean: 3.5, minSurveyTop2: 0.7 };
  it('moves every threshold', () => {
    expect(painReasons(rated(3, 4, 4, 1), strict, { mean: 3.5, top2: 0.69 }).map((r) => r.kind)).toEqual([
      'need',
      'transfers',
      'surveyMean',
      'surveyTop2',
    ]);
    expect(isPainPoint(rated(4, 4, 4, 0), strict, { mean: 3.6, top2: 0.7 })).toBe(false);
  });
  it('can be relaxed', () => {
    const lax = { ...DEFAULT_PAIN_RULES, maxFactorRating: 1, minTransfers: 5 };
    expect(isPainPoint(rated(2, 2, 2, 4), lax)).toBe(false);
    expect(isPainPoint(rated(1, 2, 2, 4), lax)).toBe(true);
  });
});

describe('PainRulesSchema', () => {
  it('accepts the defaults and rejects values out of range', () => {
    expect(PainRulesSchema.parse(DEFAULT_PAIN_RULES)).toEqual(DEFAULT_PAIN_RULES);
    for (const bad of [
      { maxFactorRating: 0 },
      { maxFactorRating: 6 },
      { minTransfers: -1 },
      { minTransfers: 100 },
      { minTransfers: 1.5 },
      { maxSurveyMean: 0.5 },
      { maxSurveyMean: 5.5 },
      { minSurveyTop2: -0.1 },
      { minSurveyTop2: 1.1 },
    ]) {
      expect(PainRulesSchema.safeParse({ ...DEFAULT_PAIN_RULES, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
