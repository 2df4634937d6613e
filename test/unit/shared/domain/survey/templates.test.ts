/** Consistency checks for the survey templates and their scales. */
import { describe, expect, it } from 'vitest';
import { GROUPINGS, QuestionInput } from '../../../../../shared/domain/survey/types';
import type { Label } from '../../../../../shared/domain/survey/types';
import {
  SCALES,
  SURVEY_TEMPLATES,
  findSurveyTemplate,
  templateQuestions,
} from '../../../../../shared/domain/survey/templates';
import type { SurveyTemplate } from '../../../../../shared/domain/survey/templates';

const LANGS = ['zh-CN', 'en'] as const;

/** Phrases of copyrighted engagement items that must never appear in what we ship. */
const FORBIDDEN = [
  'expected of me',
  'materials and equipment',
  'recognition or praise',
  'best friend',
  'cares about me as a person',
  'opinions seem to count',
  'do what I do best',
  'encourages my development',
  'talked to me about my progress',
  'learn and grow',
  'committed to doing quality work',
  'mission or purpose',
];

function expectConsecutive(labels: Label[], min: number | null, max: number | null): void {
  expect(min).not.toBeNull();
  expect(max).not.toBeNull();
  expect(labels.map((l) => l.value)).toEqual(Array.from({ length: max! - min! + 1 }, (_, i) => min! + i));
}

function allTexts(t: SurveyTemplate): { where: string; zh: string; en: string }[] {
  const out = [
    { where: 'name', zh: t.name['zh-CN'], en: t.name.en },
    { where: 'description', zh: t.description['zh-CN'], en: t.description.en },
  ];
  for (const q of t.questions) {
    out.push({ where: `${q.code} text`, zh: q.text['zh-CN'], en: q.text.en });
    out.push({ where: `${q.code} group`, zh: q.group['zh-CN'], en: q.group.en });
    for (const l of q.labels) out.push({ where: `${q.code} label ${l.value}`, zh: l['zh-CN'], en: l.en });
  }
  return out;
}

describe('SCALES', () => {
  it('have consecutive integer values and both wordings', () => {
    for (const [name, labels] of Object.entries(SCALES)) {
      expect(labels.length, name).toBeGreaterThan(0);
      expectConsecutive(labels, labels[0]!.value, labels[labels.length - 1]!.value);
      for (const l of labels) {
        expect(l['zh-CN'].trim(), name).not.toBe('');
        expect(l.en.trim(), name).not.toBe('');
      }
    }
  });

  it('use the agreed wording and sizes', () => {
    expect(SCALES.agreement5.map((l) => l['zh-CN'])).toEqual(['非常不同意', '不同意', '一般', '同意', '非常同意']);
    expect(SCALES.agreement5.map((l) => l.en)).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
    expect(SCALES.satisfaction5.map((l) => l['zh-CN'])).toEqual(['非常不满意', '不满意', '一般', '满意', '非常满意']);
    expect(SCALES.satisfaction5[0]!.en).toBe('Very dissatisfied');
    expect(SCALES.satisfaction5[4]!.en).toBe('Very satisfied');
    expect(SCALES.quality5.map((l) => l['zh-CN'])).toEqual(['很差', '较差', '一般', '较好', '很好']);
    expect(SCALES.quality5.map((l) => l.en)).toEqual(['Poor', 'Fair', 'Good', 'Very good', 'Excellent']);
    expect(SCALES.agreement7).toHaveLength(7);
    expect(SCALES.agreement7[0]!.value).toBe(1);
  });

  it('likelihood11 runs 0–10 with words only at the ends', () => {
    const l = SCALES.likelihood11;
    expect(l.map((x) => x.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(l[0]!.en).toBe('Not at all likely');
    expect(l[10]!.en).toBe('Extremely likely');
    for (let v = 1; v <= 9; v++) {
      expect(l[v]!.en).toBe(String(v));
      expect(l[v]!['zh-CN']).toBe(String(v));
    }
  });
});

describe('SURVEY_TEMPLATES', () => {
  it('ships the three templates with unique keys and no blank', () => {
    const keys = SURVEY_TEMPLATES.map((t) => t.key);
    expect(keys).toEqual(['customer-experience', 'employee-experience', 'engagement']);
    expect(findSurveyTemplate('blank')).toBeUndefined();
    expect(findSurveyTemplate('nope')).toBeUndefined();
    for (const t of SURVEY_TEMPLATES) expect(findSurveyTemplate(t.key)).toBe(t);
    expect(findSurveyTemplate('customer-experience')?.kind).toBe('external');
    expect(findSurveyTemplate('employee-experience')?.kind).toBe('internal');
    expect(findSurveyTemplate('engagement')?.kind).toBe('internal');
  });

  describe.each(SURVEY_TEMPLATES.map((t) => [t.key, t] as const))('%s', (_key, t) => {
    it('has unique codes', () => {
      const codes = t.questions.map((q) => q.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of codes) expect(c).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    });

    it('has every text and label in both languages', () => {
      for (const x of allTexts(t)) {
        expect(x.zh.trim(), `${x.where} zh-CN`).not.toBe('');
        expect(x.en.trim(), `${x.where} en`).not.toBe('');
      }
    });

    it('has scales that match their labels', () => {
      for (const q of t.questions) {
        if (q.type === 'likert') {
          expectConsecutive(q.labels, q.scaleMin, q.scaleMax);
        } else if (q.type === 'nps') {
          expect([q.scaleMin, q.scaleMax]).toEqual([0, 10]);
          expect(q.labels).toHaveLength(11);
          expectConsecutive(q.labels, 0, 10);
        } else {
          expect([q.scaleMin, q.scaleMax], q.code).toEqual([null, null]);
          if (q.type === 'single' || q.type === 'multiple') expect(q.labels.length, q.code).toBeGreaterThanOrEqual(2);
          else expect(q.labels, q.code).toEqual([]);
        }
        if (q.factor !== null) expect(q.type, q.code).toBe('likert');
        if (q.grouping !== null) expect(t.key, q.code).toBe('engagement');
      }
    });

    it('contains none of the copyrighted engagement phrases', () => {
      for (const x of allTexts(t)) {
        for (const p of FORBIDDEN) expect(x.en.toLowerCase(), x.where).not.toContain(p.toLowerCase());
      }
    });

    it.each(LANGS)('turns into valid question inputs in %s', (lang) => {
      const inputs = templateQuestions(t, lang);
      expect(inputs).toHaveLength(t.questions.length);
      inputs.forEach((input, i) => {
        const q = t.questions[i]!;
        expect(QuestionInput.parse(input)).toEqual(input);
        expect(input.text).toBe(q.text[lang]);
        expect(input.group).toBe(q.group[lang]);
        expect(input.link).toEqual(q.grouping ? { kind: 'grouping', grouping: q.grouping } : null);
      });
    });
  });

  it('customer experience covers need, convenience and emotion, satisfaction, NPS, tier, region and a comment', () => {
    const t = findSurveyTemplate('customer-experience')!;
    expect(t.questions.length).toBeGreaterThanOrEqual(12);
    expect(t.questions.length).toBeLessThanOrEqual(16);
    for (const f of ['need', 'convenience', 'emotion'] as const) {
      expect(t.questions.filter((q) => q.factor === f).length, f).toBeGreaterThanOrEqual(2);
    }
    expect(t.questions.some((q) => q.type === 'likert' && q.labels[4]?.en === 'Very satisfied')).toBe(true);
    const npsItems = t.questions.filter((q) => q.type === 'nps');
    expect(npsItems).toHaveLength(1);
    expect(npsItems[0]!.text.en).toMatch(/recommend .* to a colleague or friend\?$/);
    expect(npsItems[0]!.text['zh-CN']).toMatch(/^您向同行或朋友推荐.*的可能性有多大？$/);
    const tier = t.questions.find((q) => q.labels.some((l) => l['zh-CN'] === '钻石'));
    expect(tier?.type).toBe('single');
    expect(tier?.labels.map((l) => l['zh-CN'])).toEqual(['钻石', '黄金', '黄铜', '重铅']);
    expect(tier?.labels.map((l) => l.en)).toEqual(['Diamond', 'Gold', 'Brass', 'Lead']);
    expect(t.questions.some((q) => q.type === 'single' && /region/i.test(q.text.en))).toBe(true);
    expect(t.questions.some((q) => q.type === 'text')).toBe(true);
  });

  it('employee experience asks for the department and uses agreement items with factors', () => {
    const t = findSurveyTemplate('employee-experience')!;
    expect(t.questions.length).toBeGreaterThanOrEqual(10);
    expect(t.questions.length).toBeLessThanOrEqual(14);
    const dept = t.questions.find((q) => q.text.en === 'Which department are you in?');
    expect(dept?.type).toBe('single');
    expect(dept?.labels.map((l) => l['zh-CN'])).toEqual(['销售部', '服务部', '配件部', '财务部', '融资部', '客服中心', '维修车间']);
    expect(t.questions.filter((q) => q.factor !== null).length).toBeGreaterThanOrEqual(8);
    for (const q of t.questions.filter((x) => x.factor !== null)) expect(q.labels).toEqual(SCALES.agreement5);
    expect(t.questions.some((q) => q.type === 'text')).toBe(true);
  });

  it('engagement has 12 five-point agreement items, 3 per grouping, and invites licensed items', () => {
    const t = findSurveyTemplate('engagement')!;
    const items = t.questions.filter((q) => q.type === 'likert');
    expect(items).toHaveLength(12);
    for (const g of GROUPINGS) expect(items.filter((q) => q.grouping === g), g).toHaveLength(3);
    for (const q of items) {
      expect(q.labels).toEqual(SCALES.agreement5);
      for (const p of FORBIDDEN) expect(q.text.en.toLowerCase(), q.code).not.toContain(p.toLowerCase());
    }
    expect(t.questions.filter((q) => q.grouping !== null)).toHaveLength(12);
    expect(t.description.en).toMatch(/licen[cs]e/i);
    expect(t.description.en).toMatch(/paste/i);
    expect(t.description['zh-CN']).toMatch(/授权/);
    const en = templateQuestions(t, 'en').filter((q) => q.link !== null);
    expect(en).toHaveLength(12);
  });
});
