/**
 * A live session end to end through the contract and the participant server on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { SessionView, WorkshopResults } from '../../../../shared/ops/workshop';
import { useTmpDir } from '../../../support/tmp';
import { http, postJson, workshopBackend } from '../../../support/workshop';

const tmp = useTmpDir();

type Journey = { id: string; version: number; stages: { id: string }[]; touchpoints: { id: string; title: string; stageId: string; need: number | null; convenience: number | null; transfers: number }[] };

async function started(dir = tmp()) {
  const b = await workshopBackend(dir);
  const [j] = await b.call<{ id: string }[]>('journeys.list');
  const journey = await b.call<Journey>('journeys.get', { id: j!.id });
  const view = await b.call<SessionView>('workshop.start', {
    journeyId: journey.id,
    touchpoints: { kind: 'all' },
    measures: ['need', 'convenience', 'transfers', 'comment'],
    askDepartment: true,
    host: '127.0.0.1',
  });
  const api = `${new URL(view.participantUrl!).origin}/api/s/${view.participantUrl!.split('/s/')[1]}`;
  const join = async (nickname = '', department = '') => (await postJson(`${api}/join`, { nickname, department })).json<{ value: { participantId: string } }>().value.participantId;
  const vote = (p: string, votes: unknown[]) => postJson(`${api}/vote?p=${p}`, { votes });
  return { ...b, journey, view, api, join, vote, dir };
}

describe('live workshop session', () => {
  it('serves on the chosen address only, with a 128-bit token, a room code and a QR code', async () => {
    const { view, backend } = await started();
    expect(view.listening).toBe(true);
    expect(view.participantUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{22}$/);
    expect(view.code).toMatch(/^\d{6}$/);
    expect(view.qrSvg).toContain('<svg');
    expect(view.config.touchpoints.length).toBeGreaterThanOrEqual(12);
    const page = await http(view.participantUrl!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('participant');
    backend.close();
  });

  it('answers nothing but its own routes, and checks Host, Origin, token and size', async () => {
    const { view, api, backend } = await started();
    const origin = new URL(view.participantUrl!).origin;
    expect((await postJson(`${origin}/api/journeys.list`, {})).status).toBe(404);
    expect((await postJson(`${origin}/api/workshop.results`, { sessionId: view.id })).status).toBe(404);
    expect((await http(`${origin}/s/wrong-token-wrong-token-x`)).status).toBe(404);
    expect((await postJson(`${origin}/api/s/AAAAAAAAAAAAAAAAAAAAAA/join`, {})).status).toBe(404);
    expect((await http(view.participantUrl!, { headers: { host: 'evil.example:80' } })).status).toBe(421);
    expect((await postJson(`${api}/join`, {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await postJson(`${api}/join`, { nickname: 'x'.repeat(20_000) })).status).toBe(400);
    expect((await http(`${origin}/assets/../../w.jaudit`)).status).toBe(404);
    expect((await http(`${api}/items?p=not-a-participant`)).status).toBe(401);
    backend.close();
  });

  it('writes votes on arrival, replaces a re-vote, refuses locked items, and never shows nicknames', async () => {
    const { view, join, vote, call, api, journey, backend } = await started();
    const tp = journey.touchpoints[0]!.id;
    await call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });
    const a = await join('Ann', 'Sales');
    const b = await join('Bob', 'Service');
    expect((await vote(a, [{ touchpointId: tp, measure: 'need', value: 2 }])).status).toBe(200);
    expect((await vote(a, [{ touchpointId: tp, measure: 'need', value: 4 }])).status).toBe(200);
    expect((await vote(b, [{ touchpointId: tp, measure: 'need', value: 5 }, { touchpointId: tp, measure: 'comment', text: 'too slow' }])).status).toBe(200);
    expect((await vote(b, [{ touchpointId: tp, measure: 'need', value: 9 }])).status).toBe(400);

    const items = await http(`${api}/items?p=${b}`);
    expect(items.body).not.toContain('Ann');
    expect(items.body).not.toContain('Bob');
    expect(items.json<{ value: { votes: unknown[] } }>().value.votes).toHaveLength(2);

    const status = await call<SessionView>('workshop.status', { sessionId: view.id });
    expect(status.joined).toBe(2);
    expect(status.answered[tp]).toBe(2);

    await call('workshop.lock', { sessionId: view.id, touchpointId: tp });
    const late = (await vote(a, [{ touchpointId: tp, measure: 'need', value: 1 }])).json<{ value: { accepted: number; refused: { reason: string }[] } }>();
    expect(late.value).toEqual({ accepted: 0, refused: [{ touchpointId: tp, measure: 'need', reason: 'locked' }] });

    await expect(call('workshop.results', { sessionId: view.id })).rejects.toMatchObject({ code: 'workshop_hidden' });
    await call('workshop.reveal', { sessionId: view.id });
    const results = await call<WorkshopResults>('workshop.results', { sessionId: view.id, privacyMin: 1 });
    const need = results.items.find((i) => i.touchpointId === tp)!.measures.find((m) => m.measure === 'need')!;
    expect(need).toMatchObject({ n: 2, median: 4.5, mean: 4.5 });
    expect(need.departments.map((d) => d.department)).toEqual(['Sales', 'Service']);
    expect(results.items.find((i) => i.touchpointId === tp)!.comments).toEqual(['too slow']);
    backend.close();
  });

  it('wakes the facilitator view as soon as a vote arrives', async () => {
    const { view, join, vote, call, journey, backend } = await started();
    await call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });
    const p = await join();
    const before = await call<SessionView>('workshop.status', { sessionId: view.id });
    const waiting = call<SessionView>('workshop.status', { sessionId: view.id, since: before.seq, waitMs: 10_000 });
    const t0 = Date.now();
    await vote(p, [{ touchpointId: journey.touchpoints[1]!.id, measure: 'convenience', value: 3 }]);
    const after = await waiting;
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(after.answered[journey.touchpoints[1]!.id]).toBe(1);
    backend.close();
  });

  it('opens a stage at a time, and refuses votes on items not open', async () => {
    const { view, join, vote, call, journey, backend } = await started();
    const stage = journey.stages[1]!.id;
    const opened = await call<SessionView>('workshop.open', { sessionId: view.id, target: { kind: 'stage', stageId: stage } });
    expect([...opened.open].sort()).toEqual(journey.touchpoints.filter((t) => t.stageId === stage).map((t) => t.id).sort());
    const other = journey.touchpoints.find((t) => t.stageId !== stage)!.id;
    const p = await join();
    const r = (await vote(p, [{ touchpointId: other, measure: 'need', value: 3 }])).json<{ value: { refused: { reason: string }[] } }>();
    expect(r.value.refused[0]!.reason).toBe('closed');
    backend.close();
  });

  it('caps the number of participants', async () => {
    const b = await workshopBackend(tmp());
    const [j] = await b.call<{ id: string }[]>('journeys.list');
    const view = await b.call<SessionView>('workshop.start', { journeyId: j!.id, touchpoints: { kind: 'all' }, measures: ['need'], host: '127.0.0.1', maxParticipants: 2 });
    const join = () => postJson(view.participantUrl!.replace('/s/', '/api/s/') + '/join', {});
    expect((await join()).status).toBe(200);
    expect((await join()).status).toBe(200);
    const third = await join();
    expect(third.status).toBe(429);
    expect(third.json<{ error: { code: string } }>().error.code).toBe('workshop_full');
    b.backend.close();
  });

  it('never binds every interface, nor an address that is not the machine’s', async () => {
    const b = await workshopBackend(tmp());
    const [j] = await b.call<{ id: string }[]>('journeys.list');
    const start = (host: string) => b.call('workshop.start', { journeyId: j!.id, touchpoints: { kind: 'all' }, measures: ['need'], host });
    await expect(start('0.0.0.0')).rejects.toMatchObject({ code: 'workshop_address' });
    await expect(start('203.0.113.9')).rejects.toMatchObject({ code: 'workshop_address' });
    const addresses = await b.call<{ address: string; likely: boolean }[]>('workshop.interfaces');
    expect(addresses.filter((a) => a.likely)).toHaveLength(1);
    expect(addresses.some((a) => a.address === '0.0.0.0')).toBe(false);
    b.backend.close();
  });

  it('applies the medians to the map in one version and saves the votes as a survey round', async () => {
    const { view, join, vote, call, journey, backend } = await started();
    const [t1, t2] = journey.touchpoints;
    await call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });
    const values = [
      [2, 1, 3],
      [3, 2, 3],
      [3, 5, 4],
    ];
    for (const [need, conv, transfers] of values) {
      const p = await join('', 'Sales');
      await vote(p, [
        { touchpointId: t1!.id, measure: 'need', value: need },
        { touchpointId: t1!.id, measure: 'convenience', value: conv },
        { touchpointId: t1!.id, measure: 'transfers', value: transfers },
        { touchpointId: t2!.id, measure: 'need', value: 1 },
      ]);
    }
    await expect(call('workshop.apply', { sessionId: view.id })).rejects.toMatchObject({ code: 'workshop_hidden' });
    await call('workshop.reveal', { sessionId: view.id });
    const first = await call<{ version: number; applied: number; roundId: string; surveyId: string }>('workshop.apply', { sessionId: view.id, touchpointIds: [t1!.id] });
    expect(first.applied).toBe(1);
    expect(first.version).toBe(journey.version + 1);
    let after = await call<Journey>('journeys.get', { id: journey.id });
    expect(after.touchpoints.find((t) => t.id === t1!.id)).toMatchObject({ need: 3, convenience: 2, transfers: 3 });
    expect(after.touchpoints.find((t) => t.id === t2!.id)!.need).toBe(t2!.need);

    const all = await call<{ roundId: string; surveyId: string }>('workshop.apply', { sessionId: view.id });
    expect(all.roundId).toBe(first.roundId);
    after = await call<Journey>('journeys.get', { id: journey.id });
    expect(after.touchpoints.find((t) => t.id === t2!.id)!.need).toBe(1);

    const survey = await call<{ name: string; kind: string; questions: { link: { kind: string; id: string; factor: string | null } | null }[]; rounds: { id: string; responses: number }[] }>('surveys.get', { id: all.surveyId });
    expect(survey.name).toMatch(/^Workshop — .+ — \d{4}-\d{2}-\d{2}$/);
    expect(survey.kind).toBe('internal');
    expect(survey.rounds).toHaveLength(1);
    expect(survey.rounds[0]!.responses).toBe(3);
    expect(survey.questions.some((q) => q.link?.kind === 'touchpoint' && q.link.id === t1!.id && q.link.factor === 'need')).toBe(true);
    const summary = await call<{ questions: { text: string; n: number; mean: number | null }[] }>('rounds.summary', { id: all.roundId, privacyMin: 1 });
    const needQ = summary.questions.find((q) => q.text === `${t1!.title} — need`)!;
    expect(needQ.n).toBe(3);
    expect(needQ.mean).toBeCloseTo(8 / 3, 9);
    backend.close();
  });

  it('stops listening when closed, and resumes after a restart with every vote kept', async () => {
    const dir = tmp();
    const s = await started(dir);
    await s.call('workshop.open', { sessionId: s.view.id, target: { kind: 'all' } });
    const p = await s.join();
    await s.vote(p, [{ touchpointId: s.journey.touchpoints[0]!.id, measure: 'need', value: 4 }]);
    const url = s.view.participantUrl!;
    s.backend.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(http(url)).rejects.toThrow();

    const again = await workshopBackend(dir, `${dir}/w.jaudit`, undefined, false);
    const current = await again.call<SessionView>('workshop.current', { journeyId: s.journey.id });
    expect(current).toMatchObject({ id: s.view.id, state: 'running', listening: false, joined: 1 });
    const resumed = await again.call<SessionView>('workshop.resume', { sessionId: s.view.id, host: '127.0.0.1' });
    expect(resumed.participantUrl!.split('/s/')[1]).toBe(url.split('/s/')[1]);
    const items = await http(`${resumed.participantUrl!.replace('/s/', '/api/s/')}/items?p=${p}`);
    expect(items.json<{ value: { votes: { value: number }[] } }>().value.votes).toEqual([expect.objectContaining({ value: 4 })]);
    const closed = await again.call<SessionView>('workshop.close', { sessionId: s.view.id });
    expect(closed).toMatchObject({ state: 'closed', listening: false });
    await expect(http(resumed.participantUrl!)).rejects.toThrow();
    expect(await again.call('workshop.current', { journeyId: s.journey.id })).toBeNull();
    again.backend.close();
  });
});
