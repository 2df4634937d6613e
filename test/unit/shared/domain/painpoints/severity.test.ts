import { describe, expect, it } from 'vitest';
import { lostCustomerCost, moneyAtStake, severity, severityParts, type SeverityInput } from '../../../../../shared/domain/painpoints/severity';
import { filterPainPoints, rankBySeverity, reviewStatus } from '../../../../../shared/domain/painpoints/review';
import { causeGroup } from '../../../../../shared/domain/painpoints/taxonomy';

const base: SeverityInput = { need: null, convenience: null, emotion: null, transfers: 0, survey: null, customersPerYear: null, moneyAtStake: null };

describe('severity', () => {
  it('is a 0–100 index: 0 for an unrated touchpoint without transfers, 100 only when everything is at its worst', () => {
    expect(severity(base)).toBe(0);
    expect(severity({ need: 1, convenience: 1, emotion: 1, transfers: 10, survey: { mean: 1, min: 1, max: 5 }, customersPerYear: 100_000, moneyAtStake: 1e7 })).toBeCloseTo(100, 10);
    expect(severity({ need: 1, convenience: 1, emotion: 1, transfers: 50, survey: { mean: 1, min: 1, max: 5 }, customersPerYear: 1e9, moneyAtStake: 1e12 })).toBeCloseTo(100, 10);
  });

  it('keeps points rated 1 apart: other ratings, transfers and survey still count (no tie at 100)', () => {
    const rated1 = [
      { ...base, need: 1 },
      { ...base, need: 1, convenience: 2 },
      { ...base, need: 1, convenience: 3, emotion: 4 },
      { ...base, need: 1, transfers: 1 },
      { ...base, need: 1, transfers: 3 },
      { ...base, need: 1, survey: { mean: 2.2, min: 1, max: 5 } },
      { ...base, need: 1, emotion: 2, transfers: 2 },
    ];
    const scores = rated1.map(severity);
    expect(new Set(scores.map((x) => x.toFixed(6))).size).toBe(rated1.length);
    expect(Math.max(...scores)).toBeLessThan(100);
    expect(severity({ ...base, need: 1, transfers: 3 })).toBeGreaterThan(severity({ ...base, need: 1, transfers: 1 }));
  });

  it('shows its parts, which add up to it', () => {
    const t = { ...base, need: 2, convenience: 4, transfers: 2, survey: { mean: 3, min: 1, max: 5 }, customersPerYear: 999, moneyAtStake: 50_000 };
    const p = severityParts(t);
    expect(p.worst).toBeCloseTo(30 * 0.75, 12);
    expect(p.ratings).toBeCloseTo(15 * ((0.75 + 0.25) / 2), 12);
    expect(p.transfers).toBeCloseTo((20 * (1 - 0.9 ** 2)) / (1 - 0.9 ** 10), 12);
    expect(p.survey).toBeCloseTo(15 * 0.5, 12);
    expect(p.reach).toBeCloseTo(10 * (3 / 5), 12);
    expect(p.worst + p.ratings + p.transfers + p.survey + p.reach + p.money).toBeCloseTo(severity(t), 12);
  });

  it('raises with reach and money by at most 10 points each; unknown ones are neutral', () => {
    const s = severity({ ...base, need: 2 });
    expect(severity({ ...base, need: 2, customersPerYear: 0, moneyAtStake: 0 })).toBe(s);
    const huge = severity({ ...base, need: 2, moneyAtStake: 5e8 });
    expect(huge).toBeGreaterThan(s);
    expect(huge - s).toBeLessThanOrEqual(10);
    // A point with money entered does not leap over a clearly worse one without.
    expect(severity({ ...base, need: 1, convenience: 1, transfers: 4 })).toBeGreaterThan(huge);
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

  it('ranks by severity, then money at stake, reach and transfers, then title', () => {
    expect(rankBySeverity([{ severity: 1, title: 'b' }, { severity: 5, title: 'z' }, { severity: 1, title: 'a' }]).map((x) => x.title)).toEqual(['z', 'a', 'b']);
    const tied = [
      { severity: 40, title: 'a', moneyAtStake: null, customersPerYear: null, transfers: 1 },
      { severity: 40, title: 'b', moneyAtStake: 1000, customersPerYear: null, transfers: 0 },
      { severity: 40, title: 'c', moneyAtStake: null, customersPerYear: 500, transfers: 0 },
      { severity: 40, title: 'd', moneyAtStake: null, customersPerYear: null, transfers: 3 },
    ];
    expect(rankBySeverity(tied).map((x) => x.title)).toEqual(['b', 'c', 'd', 'a']);
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
