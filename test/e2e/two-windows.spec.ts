/**
 * Two windows on one workspace editing the same question list: window A saves its edit; window
 * B, still showing the old list, removes an answered question (it asks first) and saves. B is
 * told the survey changed elsewhere and offered a reload; no answer is lost. After the reload
 * B removes the question again, and Undo brings it back with its answers.
 */
import { expect, test } from './support/app';
import { call } from './support/seed-rounds';

const likert = (code: string, text: string) => ({ id: null, code, text, type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link: null });

interface Survey {
  id: string;
  version: number;
  questions: { id: string; text: string }[];
}

test('a stale question list from a second window is refused, says what changed, reloads, and loses no answers', async ({ launch }, testInfo) => {
  test.skip(testInfo.project.metadata.mode !== 'browser', 'two pages on one server: browser mode only');
  // Two copies of the app load on a shared machine.
  test.setTimeout(120_000);
  const { page: a } = await launch();
  const created = await call<Survey>(a, 'surveys.create', { name: 'Service CX', kind: 'external' });
  const survey = await call<Survey>(a, 'surveys.saveQuestions', {
    surveyId: created.id,
    baseVersion: created.version,
    questions: [likert('Q1', 'Call answered quickly'), likert('Q2', 'Repair done right')],
  });
  const [q1, q2] = survey.questions;
  const round = await call<{ id: string }>(a, 'rounds.create', { surveyId: survey.id, label: 'Baseline', phase: 'external' });
  await call(a, 'rounds.addResponses', {
    id: round.id,
    responses: [4, 5, 2].map((v, i) => ({ externalId: `R${i}`, attributes: {}, answers: { [q1!.id]: v, [q2!.id]: 6 - v } })),
  });
  const answered = async () => (await call<{ questions: { n: number }[] }>(a, 'rounds.summary', { id: round.id, privacyMin: 1 })).questions.map((q) => q.n);

  // Window B: a second page on the same server and workspace.
  const token = await a.evaluate(() => sessionStorage.getItem('journey-audit-token'));
  const b = await a.context().newPage();
  const href = `#/surveys/${survey.id}`;
  await b.goto(`${new URL(a.url()).origin}/?token=${token}${href}`);
  await a.goto(`${new URL(a.url()).origin}/${href}`);
  for (const p of [a, b]) await expect(p.getByLabel('Text of question 2')).toHaveValue('Repair done right', { timeout: 30_000 });

  // A edits question 1 and saves.
  await a.getByLabel('Text of question 1').fill('Phone answered within a minute');
  await a.getByRole('button', { name: 'Save questions' }).click();
  await expect(a.getByText('Saved 2 questions')).toBeVisible();

  // B, still on the old list, removes the answered question 2: it is asked first.
  await b.getByRole('button', { name: 'Delete question 2' }).click();
  const ask = b.getByRole('dialog', { name: 'Delete question 2?' });
  await expect(ask).toContainText('The question “Repair done right” has 3 answers. Remove it and its answers?');
  await ask.getByRole('button', { name: 'Remove with answers' }).click();
  await b.getByRole('button', { name: 'Save questions' }).click();
  const notice = b.locator('.ja-conflict');
  await expect(notice).toContainText('Changed in another window');
  await expect(notice).toContainText('The survey “Service CX” was changed in another window or by someone else at');
  await expect(notice).toContainText('Your change was not saved.');
  expect(await answered()).toEqual([3, 3]);

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(b.getByLabel('Text of question 1')).toHaveValue('Phone answered within a minute');
  await expect(b.getByLabel('Text of question 2')).toHaveValue('Repair done right');
  await expect(b.getByRole('button', { name: 'Save questions' })).toBeHidden();

  // Now current, B removes it for real; Undo brings the question and its answers back.
  await b.getByRole('button', { name: 'Delete question 2' }).click();
  await b.getByRole('dialog', { name: 'Delete question 2?' }).getByRole('button', { name: 'Remove with answers' }).click();
  await b.getByRole('button', { name: 'Save questions' }).click();
  const removed = b.locator('.ja-undo-removal');
  await expect(removed).toContainText('1 question was removed with its answers.');
  await expect(b.getByLabel('Text of question 2')).toHaveCount(0);
  expect(await answered()).toEqual([3]);
  // The removed question stays listed, restorable, after the notice has gone.
  await expect(b.getByText('Removed questions (1)')).toBeVisible();
  await removed.getByRole('button', { name: 'Undo' }).click();
  await expect(b.getByText('1 question and its answers are back.')).toBeVisible();
  await expect(b.getByLabel('Text of question 2')).toHaveValue('Repair done right');
  await expect(b.getByText('Removed questions (1)')).toHaveCount(0);
  expect(await answered()).toEqual([3, 3]);
});
