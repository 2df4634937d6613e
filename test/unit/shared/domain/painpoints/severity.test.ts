import { describe, expect, it } from 'vitest';
import { harmOf, lostCustomerCost, moneyAtStake, ratingGap, severity, type SeverityInput } from '../../../../../shared/domain/painpoints/severity';
import { filterPainPoints, rankBySeverity, reviewStatus } from '../../../../../shared/domain/painpoints/review';
import { causeGroup } from '../../../../../shared/domain/painpoints/taxonomy';

const base: SeverityInput = { need: null, convenience: null, emotion: null, transfers: 0, survey: null, customersPerYear: null, moneyAtStake: null };

describe('severity', () => {
  it('is 0 for an unrated touchpoint without transfers, and 100 for a rating of 1', () => {
    expect(severity(base)).toBe(0);
    expect(severity({ ...base, need: 1 })).toBe(100);
  });

  it('takes the worst of the workshop ratings and the linked survey mean', () => {
    expect(ratingGap({ need: 4, convenience: 2, emotion: null, survey: null })).toBeCloseTo(3 / 4, 12);
    expect(ratingGap({ need: 4, convenience: null, emotion: null, survey: { mean: 1.5, min: 1, max: 5 } })).toBeCloseTo(3.5 / 4, 12);
    expect(ratingGap({ need: 1, convenience: null, emotion: null, survey: { mean: 4, min: 1, max: 5 } })).toBe(1);
  });

  it('combines rating gap and transfer loss like independent harms', () => {
    // gap 0.5 (rating 3), loss 1 − 0.9² = 0.19 → 1 − 0.5 · 0.81 = 0.595
    expect(harmOf({ need: 3, convenience: null, emotion: null, transfers: 2, survey: null })).toBeCloseTo(0.595, 12);
    expect(severity({ ...base, transfers: 5 })).toBeCloseTo(100 * (1 - 0.9 ** 5), 10);
  });

  it('raises with reach and money at stake, and treats unknown ones as neutral', () => {
    const s = severity({ ...base, need: 2 });
    expect(severity({ ...base, need: 2, customersPerYear: 999 })).toBeCloseTo(s * 2.5, 10);
    expect(severity({ ...base, need: 2, moneyAtStake: 99_000 })).toBeCloseTo(s * 2, 10);
    expect(severity({ ...base, need: 2, customersPerYear: 0, moneyAtStake: 0 })).toBe(s);
  });

  it('prices a lost customer as spend × years × (1 + told × share who leave)', () => {
    const c = { yearlySpend: 12_000, years: 8, peopleTold: 10, shareWhoLeave: 0.2, customersLost: 3 };
    expect(lostCustomerCost(c)).toBe(12_000 * 8 * 3);
    expect(moneyAtStake(c)).toBe(12_000 * 8 * 3 * 3);
    expect(moneyAtStake(null)).toBeNull();
  });
});

describe('review status, ranking and filters', () => {
  it('derives where a point stands from its actions', () => {
    expect(reviewStatus([])).toBe('new');
    expect(reviewStatus([{ status: 'dropped' }])).toBe('new');
    expect(reviewStatus([{ status: 'planned' }])).toBe('planned');
    expect(reviewStatus([{ status: 'planned' }, { status: 'done' }])).toBe('in-progress');
    expect(reviewStatus([{ status: 'done' }, { status: 'dropped' }])).toBe('done');
  });

  it('ranks by severity, then title', () => {
    expect(rankBySeverity([{ severity: 1, title: 'b' }, { severity: 5, title: 'z' }, { severity: 1, title: 'a' }]).map((x) => x.title)).toEqual(['z', 'a', 'b']);
  });

  const p = (over: Partial<Parameters<typeof filterPainPoints>[0][number]>) => ({
    journeyId: 'j1', departmentId: 'd1', owner: '王经理', causes: [], status: 'new' as const, title: '交车说明', journeyName: '售后', stage: '交车', lane: '服务', quote: '', ...over,
  });

  it('filters by journey, department, owner, cause, status and search text', () => {
    const items = [p({}), p({ journeyId: 'j2', departmentId: null, owner: 'Li', causes: ['impolite'], status: 'done', title: 'Phone booking' })];
    expect(filterPainPoints(items, { journeyIds: ['j2'] })).toHaveLength(1);
    expect(filterPainPoints(items, { departmentIds: ['d1'] })[0]!.title).toBe('交车说明');
    expect(filterPainPoints(items, { owner: 'li' })).toHaveLength(1);
    expect(filterPainPoints(items, { causes: ['impolite'] })[0]!.title).toBe('Phone booking');
    expect(filterPainPoints(items, { statuses: ['new'] })).toHaveLength(1);
    expect(filterPainPoints(items, { search: 'BOOK' })).toHaveLength(1);
    expect(filterPainPoints(items, { search: '说明' })).toHaveLength(1);
    expect(filterPainPoints(items, { search: '交车' })).toHaveLength(2);
    expect(filterPainPoints(items, {})).toHaveLength(2);
  });

  it('groups every cause of the taxonomy', () => {
    expect(causeGroup('not-worth-price')).toBe('value');
    expect(causeGroup('inconvenient-location')).toBe('system');
    expect(causeGroup('lacking-knowledge')).toBe('staff');
    expect(causeGroup('other')).toBeNull();
  });
});
