/**
 * `journey-audit workshop serve <ws> --journey <name> [--host <address>] [--port N] [--stage <name>] [--measures a,b] [--json]`
 *   runs a live session headless until SIGTERM, every touchpoint (or the stage's) open for rating;
 *   the first line printed is `{"participantUrl": …, "code": …}`.
 * `journey-audit workshop results <ws> --journey <name> [--privacy-min n] [--json]`
 *   the latest session's results per touchpoint and measure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MEASURES, type Measure } from '../../shared/domain/workshop/types';
import { appError } from '../../shared/messages/appError';
import type { Db } from '../backend/db/open';
import { getJourney, listJourneys } from '../backend/journeys/repo';
import { defaultParticipantDir } from '../backend/workshop/assets';
import { workshopHandlers } from '../backend/workshop/handlers';
import { WorkshopHost } from '../backend/workshop/host';
import { latestSessionOf } from '../backend/workshop/repo';
import { sessionResults } from '../backend/workshop/results';
import { WorkspaceSession } from '../backend/workspace/session';
import type { CliOutput } from './output';
import { withWorkspace } from './workspace';

function journeyByName(db: Db, name: string, workspace: string) {
  const found = listJourneys(db).find((j) => j.name === name);
  if (!found) throw appError('not_found', 'cli.no_journey', { name, workspace, journeys: listJourneys(db).map((j) => j.name).join(', ') || '—' });
  return getJourney(db, found.id);
}

function measuresOf(list: string | undefined): Measure[] {
  if (!list) return [...MEASURES];
  const parts = list.split(',').map((m) => m.trim());
  const bad = parts.filter((m) => !(MEASURES as readonly string[]).includes(m));
  if (bad.length) throw appError('validation', 'cli.bad_measures', { measures: MEASURES.join(', '), bad: bad.join(', ') });
  return parts as Measure[];
}

export async function runWorkshopServe(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { journey: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, stage: { type: 'string' }, measures: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [workspace] = positionals;
  if (!workspace || !values.journey) throw appError('validation', 'cli.usage', { usage: 'workshop serve <workspace> --journey <name> [--host <address>] [--port N] [--stage <name>]' });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw appError('validation', 'cli.bad_port', { value: String(values.port) });
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-audit-cli-'));
  const session = new WorkspaceSession(dataDir);
  const host = new WorkshopHost(session, { participantDir: defaultParticipantDir() });
  const ops = workshopHandlers(host);
  try {
    await session.open(workspace);
    const journey = journeyByName(session.requireDb(), values.journey, workspace);
    const stage = values.stage === undefined ? null : journey.stages.find((s) => s.name === values.stage);
    if (stage === undefined) throw appError('not_found', 'cli.no_stage', { journey: journey.name, stage: String(values.stage), stages: journey.stages.map((s) => s.name).join(', ') });
    const started = await ops['workshop.start']({
      journeyId: journey.id,
      touchpoints: stage ? { kind: 'stage', stageId: stage.id } : { kind: 'all' },
      measures: measuresOf(values.measures),
      askDepartment: true,
      host: values.host,
      port,
      maxParticipants: 300,
    });
    const view = await ops['workshop.open']({ sessionId: started.id, target: { kind: 'all' } });
    const first = { participantUrl: view.participantUrl, code: view.code, sessionId: view.id, touchpoints: view.open.length };
    process.stdout.write(values.json ? `${JSON.stringify(first)}\n` : `Participants open ${view.participantUrl} (room code ${view.code} at ${view.entryUrl}); ${view.open.length} touchpoints open. Stop with Ctrl+C.\n`);
    await new Promise<void>((done) => {
      process.once('SIGTERM', done);
      process.once('SIGINT', done);
    });
    const closed = await ops['workshop.close']({ sessionId: view.id });
    return { json: { ok: true, sessionId: view.id, joined: closed.joined }, text: `Session closed: ${closed.joined} participants.`, exitCode: 0 };
  } finally {
    await host.stopAll();
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runWorkshopResults(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { journey: { type: 'string' }, 'privacy-min': { type: 'string' }, json: { type: 'boolean' } } });
  const [workspace] = positionals;
  if (!workspace || !values.journey) throw appError('validation', 'cli.usage', { usage: 'workshop results <workspace> --journey <name>' });
  const privacyMin = values['privacy-min'] ? Number(values['privacy-min']) : 5;
  if (!Number.isInteger(privacyMin) || privacyMin < 1) throw appError('validation', 'cli.bad_privacy_min');
  return withWorkspace(workspace, (db) => {
    const journey = journeyByName(db, values.journey!, workspace);
    const s = latestSessionOf(db, journey.id);
    if (!s) throw appError('not_found', 'cli.no_session', { journey: journey.name });
    const r = sessionResults(db, s, privacyMin);
    const items = r.items.flatMap((i) =>
      i.measures.map((m) => ({ touchpointId: i.touchpointId, touchpoint: i.title, measure: m.measure, n: m.n, median: m.median, mean: m.mean, iqr: m.iqr, discuss: m.discuss, distribution: m.distribution })),
    );
    const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
    const lines = [`${journey.name}: session of ${s.createdAt.slice(0, 16).replace('T', ' ')}, ${r.participants} participants (${s.state})`, ...items.map((i) => `${i.touchpoint.padEnd(30).slice(0, 30)}  ${i.measure.padEnd(11)} n=${String(i.n).padStart(4)}  median ${fmt(i.median)}  mean ${fmt(i.mean)}${i.discuss ? '  discuss' : ''}`)];
    return { json: { journey: journey.name, sessionId: s.id, state: s.state, participants: r.participants, items }, text: lines.join('\n'), exitCode: 0 };
  });
}
