/**
 * Comparing two rounds on a real workspace file. The answers are those of the SciPy reference
 * in test/unit/shared/domain/stats/significance.test.ts, so the p-values here are checked
 * against independently computed values; composites and breakdowns are recomputed by hand.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Journey, Touchpoint } from '../../../../shared/domain/journey';
import { diffDocs } from '../../../../shared/domain/map/changes';
import type { Question } from '../../../../shared/domain/survey/types';
import type { Comparison, ComparisonItem } from '../../../../shared/ops/compare';
import type { MapComparison } from '../../../../shared/ops/journeys';
import type { RoundSummary } from '../../../../shared/ops/surveys';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();
const sig = (x: number, d = 6) => Number(x.toPrecision(d));

/** Expands value counts into a list of answers. */
const expand = (pairs: [number, number][]) => pairs.flatMap(([v, c]) => Array<number>(c).fill(v));
const BEFORE = expand([[1, 4], [2, 6], [3, 10], [4, 12], [5, 8]]); // 40 answers
const AFTER = expand([[1, 2], [2, 3], [3, 7], [4, 14], [5, 16]]); // 42 answers

async function setup() {
  const ctx = await sampleBackend(tmp());
  const [journey] = await ctx.call<{ id: string }[]>('journeys.list');
  const j = await ctx.call<{ id: string; touchpoints: { id: string; title: string }[] }>('journeys.get', { id: journey!.id });
  const tp = j.touchpoints[0]!;
  const s = await ctx.call<{ id: string; version: number }>('surveys.create', { name: 'Service CX', kind: 'external' });
  const q = (code: string, text: string, link: unknown, type = 'likert') => ({
    id: null, code, text, type, scaleMin: type === 'likert' ? 1 : null, scaleMax: type === 'likert' ? 5 : null, labels: [], group: '', link,
  });
  const { questions: qs } = await ctx.call<{ questions: Question[] }>('surveys.saveQuestions', {
    surveyId: s.id,
    baseVersion: s.version,
    questions: [
      q('Q1', 'The advisor understood what I needed', { kind: 'touchpoint', id: tp.id, factor: 'need' }),
      q('Q2', 'Booking the visit was easy', { kind: 'touchpoint', id: tp.id, factor: 'convenience' }),
      q('Q3', 'How likely are you to recommend us?', null, 'nps'),
    ],
  });
  const [q1, q2, q3] = qs.map((x) => x.id) as [string, string, string];
  const round = async (label: string, q1s: number[], q2For: (i: number) => number, npsFor: (i: number) => number) => {
    const r = await ctx.call<{ id: string }>('rounds.create', { surveyId: s.id, label, phase: 'external' });
    await ctx.call('rounds.addResponses', {
      id: r.id,
      responses: q1s.map((v, i) => ({ externalId: null, attributes: { region: i % 2 === 0 ? 'North' : 'South', tier: i < 3 ? 'Diamond' : 'Gold' }, answers: { [q1]: v, [q2]: q2For(i), [q3]: npsFor(i) } })),
    });
    return r.id;
  };
  const before = await round('Baseline 2026-03', BEFORE, (i) => 3 + (i % 2), (i) => [10, 8, 3][i % 3]!);
  const after = await round('Re-measure 2026-10', AFTER, (i) => 3 + (i % 2), (i) => [10, 9, 8, 2][i % 4]!);
  return { ...ctx, surveyId: s.id, before, after, tp, q1, q2, q3, journeyId: j.id };
}

const item = (c: Comparison, key: string, group: string | null = null) => c.items.find((i) => i.key === key && i.group === group) as ComparisonItem;

describe('compare.rounds', () => {
  it('tests every question like SciPy does and explains the decision', async () => {
    const { backend, call, before, after, q1, q2 } = await setup();
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after });
    const a = item(c, `question:${q1}`);
    expect(a.before.n).toBe(40);
    expect(a.after.n).toBe(42);
    expect(a.test).toBe('welch');
    expect(sig(a.p!)).toBe(sig(0.03153011599));
    expect(sig(a.tests.mannWhitney!.p)).toBe(sig(0.02747851124));
    expect(sig(a.cohenD!)).toBe(sig(0.4849169352));
    expect(a.delta).toBeCloseTo(AFTER.reduce((s, v) => s + v, 0) / 42 - BEFORE.reduce((s, v) => s + v, 0) / 40, 12);
    // top-2-box: 20/40 before, 30/42 after — the reference two-proportion z-test
    expect(sig(a.tests.top2!.p)).toBe(sig(0.0467720022));
    // Q2 has the same distribution in both rounds (alternating 3/4): no clear change.
    expect(item(c, `question:${q2}`).verdict).toBe('unclear');
    expect(c.matching).toBe('same-survey');
    expect(c.summary.better + c.summary.worse + c.summary.unclear + c.summary.untested + c.summary.hidden).toBe(c.items.filter((i) => i.group === null).length);
    backend.close();
  });

  it('applies Benjamini-Hochberg across the whole-round items', async () => {
    const { backend, call, before, after } = await setup();
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after });
    const overall = c.items.filter((i) => i.group === null && i.p !== null);
    const m = overall.length;
    const sorted = [...overall].sort((x, y) => x.p! - y.p!);
    // q of the smallest p is min over k of p_(k)·m/k
    const q0 = Math.min(...sorted.map((x, k) => (x.p! * m) / (k + 1)), 1);
    expect(sorted[0]!.q).toBeCloseTo(q0, 12);
    for (const i of overall) expect(i.significant).toBe(i.q! < 0.05);
    backend.close();
  });

  it('compares the NPS item by its score difference', async () => {
    const { backend, call, before, after, q3 } = await setup();
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after });
    const n = item(c, `question:${q3}`);
    expect(n.measure).toBe('nps');
    expect(n.test).toBe('nps');
    const npsOf = (xs: number[]) => ((xs.filter((x) => x >= 9).length - xs.filter((x) => x <= 6).length) / xs.length) * 100;
    const b = Array.from({ length: 40 }, (_, i) => [10, 8, 3][i % 3]!);
    const a = Array.from({ length: 42 }, (_, i) => [10, 9, 8, 2][i % 4]!);
    expect(n.delta).toBeCloseTo(npsOf(a) - npsOf(b), 10);
    expect(n.before.nps!.promoters).toBe(b.filter((x) => x >= 9).length);
    backend.close();
  });

  it('builds touchpoint and factor composites from respondent means', async () => {
    const { backend, call, before, after, tp } = await setup();
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after });
    const t = item(c, `touchpoint:${tp.id}`);
    expect(t.kind).toBe('touchpoint');
    expect(t.label).toBe(tp.title);
    const means = BEFORE.map((v, i) => (v + 3 + (i % 2)) / 2);
    expect(t.before.n).toBe(40);
    expect(t.before.mean).toBeCloseTo(means.reduce((s, v) => s + v, 0) / 40, 12);
    const sd = Math.sqrt(means.reduce((s, v) => s + (v - t.before.mean!) ** 2, 0) / 39);
    expect(t.before.sd).toBeCloseTo(sd, 12);
    expect(item(c, 'factor:need').before.mean).toBeCloseTo(BEFORE.reduce((s, v) => s + v, 0) / 40, 12);
    expect(item(c, 'factor:convenience').verdict).toBe('unclear');
    backend.close();
  });

  it('reverses a lower-better item inside a composite and judges the item by its direction', async () => {
    const { backend, call, before, after, tp, surveyId, q2 } = await setup();
    const survey = await call<{ version: number; questions: Question[] }>('surveys.get', { id: surveyId });
    const questions = survey.questions.map(({ position: _p, version: _v, ...q }) => (q.id === q2 ? { ...q, direction: 'lower-better' } : q));
    await call('surveys.saveQuestions', { surveyId, baseVersion: survey.version, questions });
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after });
    expect(item(c, `question:${q2}`).direction).toBe('lower-better');
    const t = item(c, `touchpoint:${tp.id}`);
    expect(t.direction).toBe('higher-better');
    // 1–5 scale: a lower-better answer v enters as 6 − v.
    const means = BEFORE.map((v, i) => (v + 6 - (3 + (i % 2))) / 2);
    expect(t.before.mean).toBeCloseTo(means.reduce((s, v) => s + v, 0) / 40, 12);
    expect(item(c, 'factor:convenience').before.mean).toBeCloseTo(BEFORE.reduce((s, _v, i) => s + 6 - (3 + (i % 2)), 0) / 40, 12);
    backend.close();
  });

  it('breaks down by an attribute and hides groups under the privacy minimum', async () => {
    const { backend, call, before, after, q1 } = await setup();
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'tier' });
    expect(c.attributes).toEqual(['region', 'tier']);
    expect(c.groups).toEqual([
      { group: 'Diamond', before: 3, after: 3, hidden: true },
      { group: 'Gold', before: 37, after: 39, hidden: false },
    ]);
    const hidden = item(c, `question:${q1}`, 'Diamond');
    expect(hidden.hidden).toBe(true);
    expect(hidden.before.mean).toBeNull();
    expect(hidden.p).toBeNull();
    const gold = item(c, `question:${q1}`, 'Gold');
    expect(gold.before.mean).toBeCloseTo(BEFORE.slice(3).reduce((s, v) => s + v, 0) / 37, 12);
    expect(gold.after.n).toBe(39);
    const byRegion = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'region', privacyMin: 1 });
    const north = BEFORE.filter((_, i) => i % 2 === 0);
    expect(item(byRegion, `question:${q1}`, 'North').before.mean).toBeCloseTo(north.reduce((s, v) => s + v, 0) / north.length, 12);
    backend.close();
  });

  it('keeps aggregates for the round’s data version and recomputes after new answers', async () => {
    const { backend, call, before, after, q1, dir } = await setup();
    const first = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'region' });
    const db = new Database(join(dir, 'w.jaudit'), { readonly: true });
    const keys = (db.prepare('SELECT key FROM analysis_cache ORDER BY key').pluck().all() as string[]).filter((k) => k.startsWith('items'));
    expect(keys).toEqual(['items', 'items', 'items|by=region', 'items|by=region']);
    expect(await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'region' })).toEqual(first);
    await call('rounds.addResponses', { id: after, responses: [{ externalId: null, attributes: { region: 'North' }, answers: { [q1]: 1 } }] });
    expect((db.prepare('SELECT count(*) FROM analysis_cache').pluck().get() as number) > 0).toBe(true);
    const again = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'region' });
    expect(item(again, `question:${q1}`).after.n).toBe(43);
    expect(item(again, `question:${q1}`, 'North').after.n).toBe(item(first, `question:${q1}`, 'North').after.n + 1);
    db.close();
    backend.close();
  });

  it('reads the same kept histograms as the round summary', async () => {
    const { backend, call, before, after, q1, dir } = await setup();
    const db = new Database(join(dir, 'w.jaudit'), { readonly: true });
    const kept = () => db.prepare("SELECT key FROM analysis_cache WHERE key LIKE 'items%' OR key LIKE 'groups%' ORDER BY key").pluck().all() as string[];
    expect(kept()).toEqual([]);
    const summary = await call<RoundSummary>('rounds.summary', { id: after, by: 'region', privacyMin: 1 });
    // The summary counted once, into the round's cache…
    expect(kept()).toEqual(['groups|by=region', 'items', 'items|by=region']);
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: after, by: 'region' });
    // …and the comparison counted only the other round.
    expect(kept()).toEqual(['groups|by=region', 'groups|by=region', 'items', 'items', 'items|by=region', 'items|by=region']);
    const q = summary.questions.find((x) => x.questionId === q1)!;
    expect(item(c, `question:${q1}`).after.n).toBe(q.n);
    expect(item(c, `question:${q1}`).after.mean).toBeCloseTo(q.mean!, 12);
    for (const g of q.groups) expect(item(c, `question:${q1}`, g.group).after.n).toBe(g.n);
    // An attribute the round lacks leaves nothing behind.
    await call<RoundSummary>('rounds.summary', { id: after, by: 'nowhere', privacyMin: 1 });
    expect(kept()).toHaveLength(6);
    db.close();
    backend.close();
  });

  it('pairs questions of two surveys by code, text or link, and lists the rest', async () => {
    const { backend, call, before, q1 } = await setup();
    const base = await call<{ questions: Question[] }>('surveys.get', { id: (await call<{ id: string; name: string }[]>('surveys.list'))[0]!.id });
    const s2 = await call<{ id: string; version: number }>('surveys.create', { name: 'Service CX 2', kind: 'external' });
    const { questions: qs } = await call<{ questions: Question[] }>('surveys.saveQuestions', {
      surveyId: s2.id,
      baseVersion: s2.version,
      questions: [
        { ...base.questions[0]!, id: null, text: 'Reworded: the advisor got what I needed' },
        { ...base.questions[1]!, id: null, code: null },
        { id: null, code: 'NEW', text: 'Something new', type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link: null },
      ],
    });
    const r = await call<{ id: string }>('rounds.create', { surveyId: s2.id, label: 'Other survey', phase: 'external' });
    await call('rounds.addResponses', { id: r.id, responses: AFTER.map((v) => ({ externalId: null, attributes: {}, answers: { [qs[0]!.id]: v, [qs[1]!.id]: 4, [qs[2]!.id]: 3 } })) });
    const c = await call<Comparison>('compare.rounds', { beforeRoundId: before, afterRoundId: r.id });
    expect(c.matching).toBe('code-text-link');
    const a = item(c, `question:${q1}`);
    expect(a.ref.questionIds).toEqual([q1, qs[0]!.id]);
    expect(sig(a.p!)).toBe(sig(0.03153011599));
    expect(c.unmatched.map((u) => `${u.side}:${u.label}`).sort()).toEqual(['after:NEW', 'before:Q3']);
    expect(c.items.some((i) => i.key.startsWith('touchpoint:'))).toBe(true);
    backend.close();
  });

  it('refuses the same round twice, an unknown round and an attribute one round lacks', async () => {
    const { backend, raw, before, after } = await setup();
    const code = async (input: unknown) => ((await raw('compare.rounds', input)) as { ok: boolean; error: { code: string } }).error.code;
    expect(await code({ beforeRoundId: before, afterRoundId: before })).toBe('validation');
    expect(await code({ beforeRoundId: before, afterRoundId: 'nope' })).toBe('not_found');
    expect(await code({ beforeRoundId: before, afterRoundId: after, by: 'nothing' })).toBe('validation');
    expect(await code({ beforeRoundId: before, afterRoundId: after, alpha: 2 })).toBe('validation');
    backend.close();
  });
});

describe('journey map versions', () => {
  it('snapshots a journey, compares it with today, and reads it back', async () => {
    const { backend, call, raw, journeyId } = await setup();
    const j = await call<Journey>('journeys.get', { id: journeyId });
    const snap = await call<{ id: string; touchpoints: number }>('journeys.snapshot', { journeyId, name: 'baseline 2026-03' });
    expect(snap.touchpoints).toBe(j.touchpoints.length);
    expect(((await raw('journeys.snapshot', { journeyId, name: 'baseline 2026-03' })) as { error: { code: string } }).error.code).toBe('conflict');
    const [t0, t1] = j.touchpoints as [Touchpoint, Touchpoint];
    const edited = {
      ...j,
      touchpoints: j.touchpoints.filter((t) => t.id !== t1.id).map((t) => (t.id === t0.id ? { ...t, need: 5 as const, transfers: 0 } : t)),
      flows: j.flows.filter((f) => f.sourceId !== t1.id && f.targetId !== t1.id),
    };
    await call('journeys.applyChanges', { id: journeyId, baseVersion: j.version, changes: diffDocs(j, edited) });
    const cmp = await call<MapComparison>('journeys.compareVersions', { before: { kind: 'snapshot', id: snap.id }, after: { kind: 'current', journeyId } });
    expect(cmp.before.label).toBe('baseline 2026-03');
    const row0 = cmp.touchpoints.find((t) => t.id === t0.id)!;
    expect(row0.status).toBe(t0.need === 5 && t0.transfers === 0 ? 'same' : 'changed');
    expect(row0.after!.need).toBe(5);
    expect(cmp.touchpoints.find((t) => t.id === t1.id)!.status).toBe('removed');
    expect(cmp.before.transfers - cmp.after.transfers).toBe(t0.transfers + t1.transfers);
    expect(cmp.after.loyaltyKept).toBeCloseTo(0.9 ** cmp.after.transfers, 12);
    const old = await call<{ touchpoints: unknown[] }>('journeys.getSnapshot', { id: snap.id });
    expect(old.touchpoints).toHaveLength(j.touchpoints.length);
    expect((await call<unknown[]>('journeys.snapshots', { journeyId })).length).toBe(1);
    const copy = await call<{ id: string; name: string; touchpointCount: number }>('journeys.restoreSnapshot', { id: snap.id });
    expect(copy.name).toBe(`${j.name} (baseline 2026-03)`);
    expect(copy.touchpointCount).toBe(j.touchpoints.length);
    const fromCopy = await call<MapComparison>('journeys.compareVersions', { before: { kind: 'snapshot', id: snap.id }, after: { kind: 'current', journeyId: copy.id } });
    expect(fromCopy.touchpoints.every((t) => t.status === 'same')).toBe(true);
    backend.close();
  });
});
