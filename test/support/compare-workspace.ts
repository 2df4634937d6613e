/**
 * A real workspace with two rounds of a service survey to compare: questions linked to the
 * sample journey's touchpoints (one per factor), an NPS question, a region attribute with a
 * group too small to show, and answers that clearly improve on one item and slip on another.
 */
import { join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import type { Journey } from '../../shared/domain/journey';
import type { Question } from '../../shared/domain/survey/types';
import { createBackend, type BackendOptions } from '../../electron/backend';

const likert = (code: string, text: string, link: Question['link']) => ({ id: null, code, text, type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link });

/** Deterministic answers: value k of a cycle, so every run builds the same rounds. */
const cycle = (values: number[], i: number) => values[i % values.length]!;

export async function compareWorkspace(dir: string, lang: 'zh-CN' | 'en' = 'zh-CN', opts: Partial<BackendOptions> = {}) {
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: '0.0.0-test', ...opts });
  const file = join(dir, 'w.jaudit');
  await backend.session.create(file, { sample: true, lang });
  const raw = (name: string, input: unknown = {}) => backend.dispatch(name, input);
  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await raw(name, input)) as Envelope<T>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const [summary] = await call<{ id: string }[]>('journeys.list');
  const journey = await call<Journey>('journeys.get', { id: summary!.id });
  const tp = journey.touchpoints;
  const survey = await call<{ id: string; version: number }>('surveys.create', { name: '售后服务满意度', kind: 'external' });
  const { questions: qs } = await call<{ questions: Question[] }>('surveys.saveQuestions', {
    surveyId: survey.id,
    baseVersion: survey.version,
    questions: [
      likert('Q1', '报修电话接通速度', { kind: 'touchpoint', id: tp[1]!.id, factor: 'convenience' }),
      likert('Q2', '工程师是否按约定时间到场', { kind: 'touchpoint', id: tp[3]!.id, factor: 'need' }),
      likert('Q3', '<script>alert(1)</script> 交车说明', { kind: 'touchpoint', id: tp[5]!.id, factor: 'emotion' }),
      { id: null, code: 'NPS', text: '您有多大可能向朋友推荐我们？', type: 'nps', scaleMin: 0, scaleMax: 10, labels: [], group: '', link: null },
    ],
  });
  await call('journeys.snapshot', { journeyId: journey.id, name: '工作坊 2026-01' });
  const [q1, q2, q3, nps] = qs.map((q) => q.id);
  const round = async (label: string, answers: { q1: number[]; q2: number[]; q3: number[]; nps: number[] }, n: number) => {
    const r = await call<{ id: string }>('rounds.create', { surveyId: survey.id, label, phase: 'external' });
    const responses = Array.from({ length: n }, (_, i) => ({
      externalId: `${label}-${i}`,
      attributes: { region: i % 40 === 0 ? '=西北' : i % 2 ? '华东' : '华南' },
      answers: { [q1!]: cycle(answers.q1, i), [q2!]: cycle(answers.q2, i), [q3!]: cycle(answers.q3, i), [nps!]: cycle(answers.nps, i) },
    }));
    await call('rounds.addResponses', { id: r.id, responses });
    return r.id;
  };
  const before = await round('基线 2026-H1', { q1: [1, 2, 2, 3, 3, 4], q2: [3, 3, 4, 2, 3], q3: [4, 5, 4, 3, 4], nps: [3, 6, 7, 8, 9, 10, 5] }, 160);
  const after = await round('复测 2026-H2', { q1: [3, 4, 4, 5, 3, 4], q2: [3, 4, 3, 2, 3], q3: [3, 2, 3, 4, 2], nps: [8, 9, 10, 7, 9, 10, 6] }, 150);
  return { backend, call, raw, file, journey, surveyName: '售后服务满意度', before, after };
}
