/**
 * Votes arriving together share one transaction: each is acknowledged once written, counted
 * once on the facilitator's view, decided against the session as it is at write time, and a
 * request that cannot be written does not take the others down with it.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../../shared/ops/workshop';
import { updateSession } from '../../../../electron/backend/workshop/repo';
import { voteBatcher, type WrittenVote } from '../../../../electron/backend/workshop/vote-batch';
import { useTmpDir } from '../../../support/tmp';
import { postJson, workshopBackend } from '../../../support/workshop';

const tmp = useTmpDir();

async function room() {
  const dir = tmp();
  const b = await workshopBackend(dir);
  const [j] = await b.call<{ id: string }[]>('journeys.list');
  const view = await b.call<SessionView>('workshop.start', { journeyId: j!.id, touchpoints: { kind: 'all' }, measures: ['need', 'emotion'], askDepartment: false, host: '127.0.0.1' });
  await b.call('workshop.open', { sessionId: view.id, target: { kind: 'all' } });
  const api = view.participantUrl!.replace('/s/', '/api/s/');
  const join = async () => (await postJson(`${api}/join`, {})).json<{ value: { participantId: string } }>().value.participantId;
  const vote = (p: string, votes: unknown[]) => postJson(`${api}/vote?p=${p}`, { votes });
  return { ...b, view, join, vote, file: `${dir}/w.jaudit` };
}

describe('votes written together', () => {
  it('acknowledges every vote of a burst, stores each, and counts each answer once', async () => {
    const { view, join, vote, call, backend, file } = await room();
    const [t1, t2] = view.config.touchpoints;
    const phones = await Promise.all(Array.from({ length: 20 }, () => join()));
    const burst = (offset: number) =>
      Promise.all(
        phones.map((p, i) =>
          vote(p, [
            { touchpointId: t1, measure: 'need', value: 1 + ((i + offset) % 5) },
            { touchpointId: t2, measure: 'emotion', value: 1 + ((i + offset + 1) % 5) },
          ]),
        ),
      );
    for (const r of await burst(0)) expect(r.json()).toEqual({ ok: true, value: { accepted: 2, refused: [] } });
    let status = await call<SessionView>('workshop.status', { sessionId: view.id });
    expect(status).toMatchObject({ joined: 20, votes: 40, answered: { [t1!]: 20, [t2!]: 20 } });

    // Changing one's mind replaces the vote: stored once, counted once.
    for (const r of await burst(2)) expect(r.status).toBe(200);
    status = await call<SessionView>('workshop.status', { sessionId: view.id });
    expect(status.votes).toBe(40);
    // Between batches the workspace is back at synchronous=FULL for every other write.
    expect(backend.session.requireDb().pragma('synchronous', { simple: true })).toBe(2);
    backend.close();

    const db = new Database(file, { readonly: true });
    const stored = db.prepare("SELECT participant_id AS p, value FROM workshop_votes WHERE touchpoint_id = ? AND measure = 'need'").all(t1) as { p: string; value: number }[];
    db.close();
    expect(new Map(stored.map((r) => [r.p, r.value]))).toEqual(new Map(phones.map((p, i) => [p, 1 + ((i + 2) % 5)])));
  });

  it('decides open and locked at write time, and writes the rest of a batch when one request fails', async () => {
    const { view, join, backend } = await room();
    const [t1, t2] = view.config.touchpoints;
    const a = await join();
    const db = () => backend.session.requireDb();
    const written: WrittenVote[] = [];
    const batcher = voteBatcher(db, view.id, (votes) => written.push(...votes));

    const racing = batcher.submit(a, [{ touchpointId: t1!, measure: 'need', value: 3, text: null }]);
    updateSession(db(), view.id, { locked: [t1!] }); // lands before the batch is written
    expect(await racing).toEqual({ accepted: 0, refused: [{ touchpointId: t1, measure: 'need', reason: 'locked' }] });

    // A participant the workspace does not know breaks its own request only.
    const good = batcher.submit(a, [{ touchpointId: t2!, measure: 'need', value: 4, text: null }]);
    const bad = batcher.submit('no-such-participant', [{ touchpointId: t2!, measure: 'need', value: 2, text: null }]);
    await expect(bad).rejects.toThrow(/FOREIGN KEY/);
    expect(await good).toEqual({ accepted: 1, refused: [] });
    expect(written).toEqual([{ participantId: a, touchpointId: t2, measure: 'need' }]);
    const rows = db().prepare('SELECT participant_id AS p, touchpoint_id AS t, value FROM workshop_votes WHERE session_id = ?').all(view.id);
    expect(rows).toEqual([{ p: a, t: t2, value: 4 }]);
    backend.close();
  });
});
