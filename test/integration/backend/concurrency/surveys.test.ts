/**
 * Two windows on one workspace editing surveys, question lists and rounds: a write based on
 * an outdated read is refused with `conflict` and writes nothing; a current one goes in.
 * Removing a question that has answers needs an explicit confirmation and can be undone.
 */
import { describe, expect, it } from 'vitest';
import type { Question, Survey } from '../../../../shared/domain/survey/types';
import type { RoundSummary } from '../../../../shared/ops/surveys';
import { twoBackends } from '../../../support/two-backends';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

const likert = (text: string, code: string) => ({ id: null, code, text, type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link: null });
const asInput = ({ position: _p, version: _v, ...q }: Question) => q;

/** A survey with two questions and a round in which three people answered both. */
async function surveyWithAnswers() {
  const ctx = await twoBackends(tmp());
  const created = await ctx.a.call<Survey>('surveys.create', { name: 'Service CX', kind: 'external' });
  const s = await ctx.a.call<Survey>('surveys.saveQuestions', {
    surveyId: created.id,
    baseVersion: created.version,
    questions: [likert('Call answered quickly', 'Q1'), likert('Repair done right', 'Q2')],
  });
  const round = await ctx.a.call<{ id: string; version: number }>('rounds.create', { surveyId: s.id, label: 'Baseline', phase: 'external' });
  const [q1, q2] = s.questions;
  await ctx.a.call('rounds.addResponses', {
    id: round.id,
    responses: [4, 5, 2].map((v, i) => ({ externalId: `R${i}`, attributes: {}, answers: { [q1!.id]: v, [q2!.id]: 6 - v } })),
  });
  return { ...ctx, surveyId: s.id, round };
}

describe('question lists from two windows', () => {
  it('refuses an out-of-date list that would drop a question and its answers, writing nothing', async () => {
    const { a, b, snapshot, close, surveyId, round } = await surveyWithAnswers();
    const inA = await a.call<Survey>('surveys.get', { id: surveyId });
    const inB = await b.call<Survey>('surveys.get', { id: surveyId });
    // A adds a question and saves.
    const savedA = await a.call<Survey>('surveys.saveQuestions', {
      surveyId,
      baseVersion: inA.version,
      questions: [...inA.questions.map(asInput), likert('Kept informed', 'Q3')],
    });
    expect(savedA.version).toBeGreaterThan(inA.version);
    // B, still showing the old list, removed Q2 (confirming it) and saves.
    const before = snapshot();
    const err = await b.refused('surveys.saveQuestions', {
      surveyId,
      baseVersion: inB.version,
      questions: [asInput(inB.questions[0]!)],
      removeAnswered: [inB.questions[1]!.id],
    });
    expect(err).toMatchObject({ code: 'conflict', params: { record: 'survey', id: surveyId, current: savedA.version, base: inB.version, title: 'Service CX' } });
    expect(snapshot()).toEqual(before);
    const now = await b.call<Survey>('surveys.get', { id: surveyId });
    expect(now.questions.map((q) => q.code)).toEqual(['Q1', 'Q2', 'Q3']);
    const sum = await b.call<RoundSummary>('rounds.summary', { id: round.id, privacyMin: 1 });
    expect(sum.questions.map((q) => q.n)).toEqual([3, 3, 0]);

    // After reloading, B's edit goes in on top of A's.
    const savedB = await b.call<Survey>('surveys.saveQuestions', {
      surveyId,
      baseVersion: now.version,
      questions: now.questions.map((q, i) => (i === 0 ? { ...asInput(q), text: 'Phone answered quickly' } : asInput(q))),
    });
    expect(savedB.questions.map((q) => q.text)).toEqual(['Phone answered quickly', 'Repair done right', 'Kept informed']);
    expect(savedB.questions[0]!.version).toBe(now.questions[0]!.version + 1);
    expect(savedB.questions[1]!.version).toBe(now.questions[1]!.version);
    close();
  });

  it('refuses to drop an answered question unless asked to; the removal keeps the answers and can be undone', async () => {
    const { a, b, snapshot, close, surveyId, round } = await surveyWithAnswers();
    const s = await a.call<Survey>('surveys.get', { id: surveyId });
    const [q1, q2] = s.questions;
    expect(await a.call('surveys.answerCounts', { surveyId, questionIds: [q1!.id, q2!.id] })).toEqual({ [q1!.id]: 3, [q2!.id]: 3 });

    const before = snapshot();
    const err = await a.refused('surveys.saveQuestions', { surveyId, baseVersion: s.version, questions: [asInput(q1!)] });
    expect(err).toMatchObject({ code: 'conflict', params: { record: 'question', reason: 'answers', id: q2!.id, title: 'Repair done right', answers: 3 } });
    expect(snapshot()).toEqual(before);

    const removed = await a.call<Survey>('surveys.saveQuestions', { surveyId, baseVersion: s.version, questions: [asInput(q1!)], removeAnswered: [q2!.id] });
    expect(removed.questions.map((q) => q.id)).toEqual([q1!.id]);
    expect(removed.removedQuestions).toEqual([{ id: q2!.id, code: 'Q2', text: 'Repair done right', answers: 3, removedAt: expect.any(String) }]);
    expect(snapshot().rows).toMatchObject({ answers: 3, removed_questions: 1, removed_answers: 3 });

    // Undo from the other window: it must be based on the list as it is now.
    expect(await b.refused('surveys.restoreQuestions', { surveyId, baseVersion: s.version, questionIds: [q2!.id] })).toMatchObject({ code: 'conflict' });
    const restored = await b.call<Survey>('surveys.restoreQuestions', { surveyId, baseVersion: removed.version, questionIds: [q2!.id] });
    expect(restored.questions.map((q) => q.id)).toEqual([q1!.id, q2!.id]);
    expect(restored.removedQuestions).toEqual([]);
    expect(snapshot().rows).toMatchObject({ answers: 6, removed_questions: 0, removed_answers: 0 });
    const sum = await a.call<RoundSummary>('rounds.summary', { id: round.id, privacyMin: 1 });
    expect(sum.questions.map((q) => [q.n, q.mean])).toEqual([
      [3, 11 / 3],
      [3, 7 / 3],
    ]);
    close();
  });
});

describe('surveys and rounds from two windows', () => {
  it('refuses a stale survey edit or delete and takes a current one', async () => {
    const { a, b, snapshot, close, surveyId } = await surveyWithAnswers();
    const inB = await b.call<Survey>('surveys.get', { id: surveyId });
    const renamed = await a.call<Survey>('surveys.update', { id: surveyId, baseVersion: inB.version, patch: { name: 'Service CX 2026' } });
    expect(renamed.version).toBe(inB.version + 1);
    const before = snapshot();
    expect(await b.refused('surveys.update', { id: surveyId, baseVersion: inB.version, patch: { description: 'stale' } })).toMatchObject({
      code: 'conflict',
      params: { record: 'survey', id: surveyId, current: renamed.version, base: inB.version, title: 'Service CX 2026' },
    });
    expect(await b.refused('surveys.delete', { id: surveyId, baseVersion: inB.version })).toMatchObject({ code: 'conflict' });
    expect(snapshot()).toEqual(before);
    await b.call('surveys.delete', { id: surveyId, baseVersion: renamed.version });
    expect(await a.call<unknown[]>('surveys.list')).toHaveLength(0);
    close();
  });

  it('refuses a stale round edit or delete and takes a current one', async () => {
    const { a, b, snapshot, close, round } = await surveyWithAnswers();
    const edited = await a.call<{ version: number; notes: string }>('rounds.update', { id: round.id, baseVersion: round.version, patch: { notes: 'By phone' } });
    expect(edited.version).toBe(round.version + 1);
    const before = snapshot();
    expect(await b.refused('rounds.update', { id: round.id, baseVersion: round.version, patch: { label: 'Stale' } })).toMatchObject({
      code: 'conflict',
      params: { record: 'round', id: round.id, current: edited.version, base: round.version, title: 'Baseline' },
    });
    expect(await b.refused('rounds.delete', { id: round.id, baseVersion: round.version })).toMatchObject({ code: 'conflict' });
    expect(snapshot()).toEqual(before);
    expect(snapshot().rows).toMatchObject({ rounds: 1, answers: 6 });
    await b.call('rounds.delete', { id: round.id, baseVersion: edited.version });
    expect(snapshot().rows).toMatchObject({ rounds: 0, answers: 0 });
    close();
  });
});
