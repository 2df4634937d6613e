/** Seeds a survey with two compared rounds through the page's own transport (as compare.spec does). */
import type { Page } from '@playwright/test';

/** Calls a backend operation through the page's own transport (preload bridge or local HTTP with the run's token). */
export async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([op, body]) => {
      const bridge = (window as unknown as { journeyAudit?: { call: (name: string, i: unknown) => Promise<unknown> } }).journeyAudit;
      if (bridge) return bridge.call(op as string, body);
      const res = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-journey-token': sessionStorage.getItem('journey-audit-token') ?? '' },
        body: JSON.stringify(body),
      });
      return res.json();
    },
    [name, input] as const,
  );
  const e = envelope as { ok: boolean; value?: T; error?: unknown };
  if (!e.ok) throw new Error(`${name} failed: ${JSON.stringify(e.error)}`);
  return e.value as T;
}

const cycle = (values: number[], n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]!);

export async function seedRounds(page: Page): Promise<{ surveyId: string; rounds: string[] }> {
  const survey = await call<{ id: string; version: number }>(page, 'surveys.create', { name: 'Service customers 2026', kind: 'external', description: '' });
  const question = (code: string, text: string, type: 'likert' | 'nps') => ({
    id: null,
    code,
    text,
    type,
    scaleMin: type === 'nps' ? 0 : 1,
    scaleMax: type === 'nps' ? 10 : 5,
    labels: [],
    group: '',
    link: null,
  });
  const { questions } = await call<{ questions: { id: string; code: string }[] }>(page, 'surveys.saveQuestions', {
    surveyId: survey.id,
    baseVersion: survey.version,
    questions: [question('WAIT', 'How do you rate the waiting time at reception?', 'likert'), question('FRIEND', 'How friendly was the staff?', 'likert'), question('NPS', 'How likely are you to recommend us?', 'nps')],
  });
  const id = (code: string) => questions.find((q) => q.code === code)!.id;
  const rounds: string[] = [];
  for (const [label, wait, nps] of [
    ['Baseline 2026-H1', cycle([2, 3, 2, 3, 2], 40), cycle([3, 6, 7, 8, 9, 5, 10, 6], 40)],
    ['Follow-up 2026-H2', cycle([4, 5, 4, 4, 5], 40), cycle([8, 9, 10, 9, 7, 10, 9, 6], 40)],
  ] as const) {
    const round = await call<{ id: string }>(page, 'rounds.create', { surveyId: survey.id, label, phase: 'external' });
    const friend = cycle([3, 4, 5, 4, 3, 4, 5, 2], 40);
    await call(page, 'rounds.addResponses', {
      id: round.id,
      responses: wait.map((w, i) => ({ externalId: `${label}-${i}`, attributes: {}, answers: { [id('WAIT')]: w, [id('FRIEND')]: friend[i]!, [id('NPS')]: nps[i]! } })),
    });
    rounds.push(round.id);
  }
  return { surveyId: survey.id, rounds };
}
