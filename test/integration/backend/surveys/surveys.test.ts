/**
 * Surveys, questions, rounds, manual entry and round summaries on a real workspace file.
 * Expected figures are computed here by hand from the answers the test enters.
 */
import { describe, expect, it } from 'vitest';
import type { Survey } from '../../../../shared/domain/survey/types';
import type { RoundSummary } from '../../../../shared/ops/surveys';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

const setup = () => sampleBackend(tmp());

const likert = (text: string, code: string) => ({ id: null, code, text, type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link: null });

describe('surveys', () => {
  it('creates from each template; the engagement survey has 12 grouped agreement items', async () => {
    const { backend, call } = await setup();
    for (const template of ['customer-experience', 'employee-experience', 'engagement']) {
      const s = await call<{ id: string; questionCount: number }>('surveys.create', { name: template, kind: 'internal', template });
      expect(s.questionCount).toBeGreaterThan(5);
    }
    const [eng] = (await call<{ id: string; name: string }[]>('surveys.list')).filter((s) => s.name === 'engagement');
    const full = await call<Survey>('surveys.get', { id: eng!.id });
    const grouped = full.questions.filter((q) => q.link?.kind === 'grouping');
    expect(grouped).toHaveLength(12);
    expect(new Set(grouped.map((q) => (q.link as { grouping: string }).grouping)).size).toBe(4);
    backend.close();
  });

  it('refuses a duplicate name and an unknown template', async () => {
    const { backend, call, raw } = await setup();
    await call('surveys.create', { name: 'CX 2026', kind: 'external' });
    expect(((await raw('surveys.create', { name: 'CX 2026', kind: 'external' })) as { error: { code: string } }).error.code).toBe('conflict');
    expect(((await raw('surveys.create', { name: 'x', kind: 'external', template: 'q12' })) as { error: { code: string } }).error.code).toBe('validation');
    backend.close();
  });

  it('edits, reorders and links questions; removing an answered question takes its answers out of the round', async () => {
    const { backend, call } = await setup();
    const [journey] = await call<{ id: string }[]>('journeys.list');
    const j = await call<{ touchpoints: { id: string }[] }>('journeys.get', { id: journey!.id });
    const s = await call<{ id: string; version: number }>('surveys.create', { name: 'Service CX', kind: 'external' });
    let saved = await call<Survey>('surveys.saveQuestions', { surveyId: s.id, baseVersion: s.version, questions: [likert('Call answered quickly', 'Q1'), likert('Repair done right', 'Q2')] });
    let qs = saved.questions;
    saved = await call<Survey>('surveys.saveQuestions', {
      surveyId: s.id,
      baseVersion: saved.version,
      questions: [
        { ...qs[1]!, link: { kind: 'touchpoint', id: j.touchpoints[0]!.id, factor: 'need' } },
        { ...qs[0]!, text: 'The service line answered quickly', group: 'Breakdown' },
      ],
    });
    qs = saved.questions;
    expect(qs.map((q) => q.code)).toEqual(['Q2', 'Q1']);
    expect(qs[0]!.link).toEqual({ kind: 'touchpoint', id: j.touchpoints[0]!.id, factor: 'need' });
    const round = await call<{ id: string }>('rounds.create', { surveyId: s.id, label: 'Baseline', phase: 'external' });
    await call('rounds.addResponses', { id: round.id, responses: [{ externalId: null, attributes: {}, answers: { [qs[0]!.id]: 4, [qs[1]!.id]: 2 } }] });
    await call('surveys.saveQuestions', { surveyId: s.id, baseVersion: saved.version, questions: [qs[0]!], removeAnswered: [qs[1]!.id] });
    const sum = await call<RoundSummary>('rounds.summary', { id: round.id, privacyMin: 1 });
    expect(sum.questions).toHaveLength(1);
    expect(sum.questions[0]!.mean).toBe(4);
    backend.close();
  });
});

describe('rounds and summaries', () => {
  async function roundWithAnswers() {
    const ctx = await setup();
    const s = await ctx.call<{ id: string; version: number }>('surveys.create', { name: 'CX', kind: 'external' });
    const { questions: qs } = await ctx.call<Survey>('surveys.saveQuestions', {
      surveyId: s.id,
      baseVersion: s.version,
      questions: [
        likert('Overall satisfaction', 'SAT'),
        { id: null, code: 'NPS', text: 'How likely are you to recommend us?', type: 'nps', scaleMin: 0, scaleMax: 10, labels: [], group: '', link: null },
        { id: null, code: 'CH', text: 'Channels used', type: 'multiple', scaleMin: null, scaleMax: null, labels: [{ value: 1, 'zh-CN': '电话', en: 'Phone' }, { value: 2, 'zh-CN': '微信', en: 'WeChat' }], group: '', link: null },
        { id: null, code: 'C', text: 'Comment', type: 'text', scaleMin: null, scaleMax: null, labels: [], group: '', link: null },
      ],
    });
    const round = await ctx.call<{ id: string }>('rounds.create', { surveyId: s.id, label: '2026-H1', phase: 'external', fieldStart: '2026-03-01', fieldEnd: '2026-04-30' });
    const [sat, nps, ch, c] = qs.map((q) => q.id);
    const people = [
      // region North: 6 people, South: 2 (under the privacy minimum of 5)
      ...[5, 4, 4, 3, 5, 2].map((v, i) => ({ region: 'North', sat: v, nps: [10, 9, 7, 3, 9, 6][i]!, ch: i % 2 ? [1, 2] : [1] })),
      ...[1, 2].map((v) => ({ region: 'South', sat: v, nps: 2, ch: [2] })),
    ];
    await ctx.call('rounds.addResponses', {
      id: round.id,
      responses: people.map((p, i) => ({ externalId: `R${i}`, attributes: { region: p.region }, answers: { [sat!]: p.sat, [nps!]: p.nps, [ch!]: p.ch, [c!]: i === 0 ? '好' : null } })),
    });
    return { ...ctx, round, people, qs };
  }

  it('gives n, mean with 95% CI, distribution, top-2-box and NPS computed independently', async () => {
    const { backend, call, round, people } = await roundWithAnswers();
    const s = await call<RoundSummary>('rounds.summary', { id: round.id });
    expect(s.responses).toBe(8);
    const [sat, nps, ch, c] = s.questions;
    const values = people.map((p) => p.sat);
    const mean = values.reduce((a, b) => a + b, 0) / values.length; // 26 / 8 = 3.25
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const t975df7 = 2.364624251592785; // Student's t, 0.975 quantile, 7 df (tables: 2.365)
    expect(sat!.n).toBe(8);
    expect(sat!.mean).toBeCloseTo(3.25, 10);
    expect(sat!.sd).toBeCloseTo(sd, 10);
    expect(sat!.ci95![0]).toBeCloseTo(mean - (t975df7 * sd) / Math.sqrt(8), 6);
    expect(sat!.top2).toBeCloseTo(4 / 8, 10); // 5, 4, 4, 5
    expect(sat!.distribution.map((d) => [d.value, d.count])).toEqual([[1, 1], [2, 2], [3, 1], [4, 2], [5, 2]]);
    // NPS: promoters 10, 9, 9 = 3; detractors 3, 6, 2, 2 = 4; n = 8 → (3 − 4) / 8 = −12.5
    expect(nps!.nps).toBeCloseTo(-12.5, 10);
    // multiple choice counts respondents once, options separately
    expect(ch!.n).toBe(8);
    expect(ch!.distribution.map((d) => [d.label, d.count])).toEqual([['Phone', 6], ['WeChat', 5]]);
    expect(c!.n).toBe(1);
    backend.close();
  });

  it('breaks down by attribute and hides groups under the privacy minimum', async () => {
    const { backend, call, round } = await roundWithAnswers();
    const s = await call<RoundSummary>('rounds.summary', { id: round.id, by: 'region' });
    expect(s.attributes).toEqual([{ name: 'region', values: 2 }]);
    expect(s.groups).toEqual([{ group: 'North', n: 6, hidden: false }, { group: 'South', n: 2, hidden: true }]);
    const sat = s.questions[0]!;
    expect(sat.groups.find((g) => g.group === 'North')!.mean).toBeCloseTo(23 / 6, 10);
    const south = sat.groups.find((g) => g.group === 'South')!;
    expect([south.hidden, south.mean]).toEqual([true, null]);
    expect(sat.mean).toBeCloseTo(3.25, 10); // overall still includes everyone
    backend.close();
  });

  it('hides everything when the whole round is under the privacy minimum', async () => {
    const { backend, call, round } = await roundWithAnswers();
    const s = await call<RoundSummary>('rounds.summary', { id: round.id, privacyMin: 10 });
    expect(s.questions.every((q) => q.hidden && q.mean === null && q.distribution.length === 0)).toBe(true);
    backend.close();
  });

  it('refuses manual answers outside the scale, writing nothing', async () => {
    const { backend, call, raw, round, qs } = await roundWithAnswers();
    const r = await raw('rounds.addResponses', { id: round.id, responses: [{ externalId: null, attributes: {}, answers: { [qs[0]!.id]: 6 } }] });
    expect(!r.ok && r.error.code).toBe('validation');
    expect((await call<RoundSummary>('rounds.summary', { id: round.id })).responses).toBe(8);
    backend.close();
  });
});

describe('round patches', () => {
  it('change only the fields they name', async () => {
    const { backend, call } = await setup();
    const s = await call<{ id: string }>('surveys.create', { name: 'CX', kind: 'external' });
    const r = await call<{ id: string; version: number }>('rounds.create', { surveyId: s.id, label: 'Baseline', phase: 'external', fieldStart: '2026-03-01', notes: 'Dealer A only' });
    const after = await call<{ label: string; notes: string; fieldStart: string | null }>('rounds.update', { id: r.id, patch: { label: 'Baseline 2026' }, baseVersion: r.version });
    expect(after).toMatchObject({ label: 'Baseline 2026', notes: 'Dealer A only', fieldStart: '2026-03-01' });
    backend.close();
  });
});
