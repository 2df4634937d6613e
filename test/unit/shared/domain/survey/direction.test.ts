/**
 * Which way is better by default: counts of transfers, waiting time and effort are
 * lower-better; positively worded statements about them are not; every shipped template
 * question gets the direction its meaning has.
 */
import { describe, expect, it } from 'vitest';
import { defaultDirection } from '../../../../../shared/domain/survey/direction';
import { SURVEY_TEMPLATES, customerExperienceTemplate, templateQuestions } from '../../../../../shared/domain/survey/templates';
import { verdictOf } from '../../../../../shared/domain/compare/items';
import { explainItem } from '../../../../../shared/domain/compare/explain';

describe('defaultDirection', () => {
  it.each([
    ['本次报修时，您的电话一共被转接了几次？', 'number'],
    ['您被转给了几个部门？', 'number'],
    ['您等待了多久才有人接听？', 'number'],
    ['How many times were you transferred?', 'number'],
    ['Number of hand-offs before the case was solved', 'number'],
    ['Minutes you had to wait on the phone', 'number'],
    ['How much effort did you personally have to put forth?', 'likert'],
    ['Repeat visits to the workshop for the same fault', 'number'],
    ['本次報修時，您的電話一共被轉接了幾次？', 'number'],
    ['您等待了多長時間才有人接聽？', 'number'],
  ])('%s → lower-better', (text, type) => expect(defaultDirection(text, type)).toBe('lower-better'));

  it.each([
    ['Getting my machine repaired took little effort', 'likert'],
    ['报修时我只需说明一次问题，不用反复讲', 'likert'],
    ['The waiting area was clean and comfortable', 'likert'],
    ['How do you rate the waiting time at reception?', 'likert'],
    ['您对等待时间的满意程度', 'likert'],
    ['I did not have to wait long', 'likert'],
    ['总体而言，您对本次服务的满意程度如何？', 'likert'],
    ['How many times were you transferred?', 'nps'],
  ])('%s → higher-better', (text, type) => expect(defaultDirection(text, type)).toBe('higher-better'));

  it('makes choices and open answers neutral and ranks lower-better', () => {
    expect(defaultDirection('客户等级', 'single')).toBe('neutral');
    expect(defaultDirection('您还有什么建议？', 'text')).toBe('neutral');
    expect(defaultDirection('请给以下服务排序', 'rank')).toBe('lower-better');
  });

  it('makes the customer template’s transfer count (CX04) lower-better in both languages, and nothing else', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const qs = templateQuestions(customerExperienceTemplate, lang);
      expect(qs.find((q) => q.code === 'CX04')!.direction).toBe('lower-better');
      for (const t of SURVEY_TEMPLATES) {
        const lower = templateQuestions(t, lang).filter((q) => q.direction === 'lower-better').map((q) => q.code);
        expect(lower).toEqual(t === customerExperienceTemplate ? ['CX04'] : []);
      }
    }
  });
});

describe('verdictOf', () => {
  it('calls a significant drop better for a lower-better item and worse for a higher-better one', () => {
    expect(verdictOf(true, -1.42, 0.0001, 'lower-better')).toBe('better');
    expect(verdictOf(true, -1.42, 0.0001, 'higher-better')).toBe('worse');
    expect(verdictOf(true, 0.5, 0.0001, 'lower-better')).toBe('worse');
    expect(verdictOf(false, 0.5, 0.3, 'higher-better')).toBe('unclear');
    expect(verdictOf(false, null, null, 'higher-better')).toBe('untested');
  });
});

describe('a neutral question', () => {
  it('gets "changed" for a real change either way, never better or worse, and "unclear" for chance', () => {
    expect(verdictOf(true, 0.5, 0.0001, 'neutral')).toBe('changed');
    expect(verdictOf(true, -0.5, 0.0001, 'neutral')).toBe('changed');
    expect(verdictOf(false, 0.5, 0.3, 'neutral')).toBe('unclear');
    expect(verdictOf(true, 0, 0.0001, 'neutral')).toBe('unclear');
  });

  it('is explained as a change that is neither better nor worse, in both languages', () => {
    const side = (mean: number) => ({ n: 200, mean, sd: 1, ci95: [mean - 0.1, mean + 0.1] as [number, number], top2: null, nps: null, first: null });
    const item = { measure: 'number' as const, before: side(2.1), after: side(2.5), delta: 0.4, p: 0.001, significant: true, hidden: false, smallSample: false, direction: 'neutral' as const, verdict: 'changed' as const };
    expect(explainItem(item, 'en')).toContain('changed, neither way is better');
    expect(explainItem(item, 'zh-CN')).toContain('有变化，无好坏之分');
    expect(explainItem(item, 'en')).not.toMatch(/: better|: worse/);
  });
});
