/**
 * Pain-point review on a real workspace: flagging by the rules and the workspace thresholds,
 * survey evidence, causes, stories, actions, reach and cost, ranking, export read back.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../../shared/domain/journey';
import { diffDocs } from '../../../../shared/domain/map/changes';
import type { Question } from '../../../../shared/domain/survey/types';
import type { PainPoint, PainPointDetail } from '../../../../shared/ops/painpoints';
import { sampleBackend } from '../../../support/backend';
import { useTmpDir } from '../../../support/tmp';

const tmp = useTmpDir();

async function setup() {
  const ctx = await sampleBackend(tmp(), 'zh-CN');
  const [summary] = await ctx.call<{ id: string }[]>('journeys.list');
  const journey = await ctx.call<Journey>('journeys.get', { id: summary!.id });
  const list = () => ctx.call<{ rules: unknown; points: PainPoint[] }>('painPoints.list');
  const edit = async (f: (j: Journey) => Journey) => {
    const cur = await ctx.call<Journey>('journeys.get', { id: journey.id });
    await ctx.call('journeys.applyChanges', { id: journey.id, baseVersion: cur.version, changes: diffDocs(cur, f(cur)) });
  };
  return { ...ctx, journey, list, edit };
}

describe('pain points', () => {
  it('lists exactly the touchpoints the rules flag, ranked by severity', async () => {
    const { backend, journey, list } = await setup();
    const { points } = await list();
    const flagged = journey.touchpoints.filter((t) => [t.need, t.convenience, t.emotion].some((r) => r !== null && r <= 2) || t.transfers >= 2);
    expect(points.map((p) => p.touchpointId).sort()).toEqual(flagged.map((t) => t.id).sort());
    for (let i = 1; i < points.length; i++) expect(points[i - 1]!.severity).toBeGreaterThanOrEqual(points[i]!.severity);
    expect(points.every((p) => p.status === 'new' && p.journeyName === journey.name)).toBe(true);
    backend.close();
  });

  it('flags a touchpoint when its rating is lowered, and follows the workspace thresholds', async () => {
    const { backend, journey, list, edit, call } = await setup();
    const calm = journey.touchpoints.find((t) => ![t.need, t.convenience, t.emotion].some((r) => r !== null && r <= 2) && t.transfers < 2)!;
    expect((await list()).points.some((p) => p.touchpointId === calm.id)).toBe(false);
    await edit((j) => ({ ...j, touchpoints: j.touchpoints.map((t) => (t.id === calm.id ? { ...t, convenience: 1 } : t)) }));
    const p = (await list()).points.find((x) => x.touchpointId === calm.id)!;
    expect(p.reasons).toContainEqual({ kind: 'convenience', rating: 1 });
    const { version } = await call<{ version: number }>('settings.painRules');
    await call('settings.setPainRules', { maxFactorRating: 0.5 + 0.5, minTransfers: 99, maxSurveyMean: 1, minSurveyTop2: 0, baseVersion: version });
    const strict = (await list()).points.map((x) => x.touchpointId);
    const ones = journey.touchpoints.filter((t) => t.id === calm.id || [t.need, t.convenience, t.emotion].includes(1)).map((t) => t.id);
    expect(strict.sort()).toEqual(ones.sort());
    expect(strict.length).toBeLessThan(journey.touchpoints.filter((t) => [t.need, t.convenience, t.emotion].some((r) => r !== null && r <= 2)).length);
    expect(await call('settings.painRules')).toMatchObject({ maxFactorRating: 1, minTransfers: 99 });
    backend.close();
  });

  it('records causes, stories and actions; status follows the actions; done drops from open', async () => {
    const { backend, list, call } = await setup();
    const top = (await list()).points[0]!;
    await call<PainPointDetail>('painPoints.addCause', { touchpointId: top.touchpointId, cause: 'slow-response', note: '电话等待超过 5 分钟' });
    await call<PainPointDetail>('painPoints.addStory', { touchpointId: top.touchpointId, kind: 'quote', text: '“打了三次电话才有人接。”', source: '客户回访' });
    let d = await call<PainPointDetail>('actions.create', { touchpointId: top.touchpointId, title: '增设预约专线', owner: '服务经理', due: '2000-01-31' });
    expect(d.point.status).toBe('planned');
    expect(d.point.actions).toEqual({ total: 1, open: 1, done: 0, overdue: 1, doneAt: [] });
    const id = d.actions[0]!.id;
    d = await call<PainPointDetail>('actions.update', { id, patch: { status: 'done' }, baseVersion: d.actions[0]!.version });
    expect(d.actions[0]).toMatchObject({ title: '增设预约专线', owner: '服务经理', due: '2000-01-31', status: 'done' });
    expect(d.point.status).toBe('done');
    expect(d.point.actions.doneAt).toEqual([d.actions[0]!.updatedAt]);
    expect(await call('actions.openByTouchpoint', { journeyId: top.journeyId })).toEqual({});
    await call('actions.update', { id, patch: { status: 'in-progress' }, baseVersion: d.actions[0]!.version });
    expect(await call('actions.openByTouchpoint', { journeyId: top.journeyId })).toEqual({ [top.touchpointId]: 1 });
    const listed = (await list()).points.find((p) => p.touchpointId === top.touchpointId)!;
    expect(listed).toMatchObject({ causes: ['slow-response'], stories: 1, status: 'in-progress' });
    d = await call<PainPointDetail>('painPoints.removeCause', { id: d.causes[0]!.id, baseVersion: d.causes[0]!.version });
    expect(d.causes).toEqual([]);
    backend.close();
  });

  it('ranks by money at stake once the cost of a lost customer is attached', async () => {
    const { backend, list, call } = await setup();
    const points = (await list()).points;
    const last = points[points.length - 1]!;
    const d = await call<PainPointDetail>('painPoints.setReach', {
      touchpointId: last.touchpointId,
      customersPerYear: 5000,
      lostCustomer: { yearlySpend: 8000, years: 6, peopleTold: 10, shareWhoLeave: 0.25, customersLost: 12 },
      baseVersion: 0,
    });
    expect(d.point.moneyAtStake).toBe(8000 * 6 * (1 + 10 * 0.25) * 12);
    expect(d.lostCustomer?.customersLost).toBe(12);
    // Money moves the point up, by at most the reach and money parts (10 points each) — never a leap off the scale.
    const after = (await list()).points;
    const moved = after.find((p) => p.touchpointId === last.touchpointId)!;
    expect(moved.severity).toBeGreaterThan(last.severity);
    expect(moved.severity - last.severity).toBeLessThanOrEqual(20);
    expect(moved.severity).toBeLessThanOrEqual(100);
    expect(after.findIndex((p) => p.touchpointId === last.touchpointId)).toBeLessThan(points.length - 1);
    expect(moved.severityParts.money).toBeGreaterThan(0);
    backend.close();
  });

  it('ranks the sample without artificial ties: equal severity only for equal evidence', async () => {
    const { backend, list } = await setup();
    const points = (await list()).points;
    expect(points.length).toBeGreaterThan(5);
    expect(points.filter((p) => p.severity >= 99.99)).toEqual([]);
    const evidence = (p: (typeof points)[number]) => JSON.stringify([[p.need, p.convenience, p.emotion].sort(), p.transfers, p.survey?.mean ?? null, p.customersPerYear, p.moneyAtStake]);
    for (const a of points) for (const b of points) if (a !== b && Math.abs(a.severity - b.severity) < 1e-9) expect(evidence(a)).toBe(evidence(b));
    backend.close();
  });

  it('uses poor linked survey results as a reason', async () => {
    const { backend, journey, list, call } = await setup();
    const calm = journey.touchpoints.find((t) => ![t.need, t.convenience, t.emotion].some((r) => r !== null && r <= 2) && t.transfers < 2)!;
    const s = await call<{ id: string; version: number }>('surveys.create', { name: '客户体验', kind: 'external' });
    const {
      questions: [q],
    } = await call<{ questions: Question[] }>('surveys.saveQuestions', {
      surveyId: s.id,
      baseVersion: s.version,
      questions: [{ id: null, code: 'Q1', text: '等待时间可以接受', type: 'likert', scaleMin: 1, scaleMax: 5, labels: [], group: '', link: { kind: 'touchpoint', id: calm.id, factor: 'convenience' } }],
    });
    const r = await call<{ id: string }>('rounds.create', { surveyId: s.id, label: '2026', phase: 'external' });
    await call('rounds.addResponses', { id: r.id, responses: [1, 2, 2, 3, 1, 2].map((v) => ({ externalId: null, attributes: {}, answers: { [q!.id]: v } })) });
    const p = (await list()).points.find((x) => x.touchpointId === calm.id)!;
    expect(p.survey).toMatchObject({ n: 6, survey: '客户体验', round: '2026' });
    expect(p.survey!.mean).toBeCloseTo(11 / 6, 12);
    expect(p.reasons).toContainEqual({ kind: 'surveyMean', mean: p.survey!.mean });
    backend.close();
  });

  it('exports the list with actions as XLSX with numbers and as formula-safe CSV', async () => {
    const { backend, list, call } = await setup();
    const top = (await list()).points[0]!;
    await call('actions.create', { touchpointId: top.touchpointId, title: '=HYPERLINK("http://x")', owner: '王', due: '2026-12-01' });
    const x = await call<{ fileName: string; base64: string }>('painPoints.export', { format: 'xlsx', lang: 'zh-CN' });
    expect(x.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('痛点')!;
    expect(sheet.getRow(1).getCell(7).value).toBe('触点');
    expect(sheet.getRow(2).getCell(7).value).toBe(top.title);
    expect(typeof sheet.getRow(2).getCell(2).value).toBe('number');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const acts = wb.getWorksheet('改进措施')!;
    expect(acts.getRow(2).getCell(3).value).toBe('=HYPERLINK("http://x")');
    expect(acts.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.String);
    const c = await call<{ base64: string }>('painPoints.export', { format: 'csv', lang: 'zh-CN' });
    const text = Buffer.from(c.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF排名,严重度')).toBe(true);
    expect(text).toContain(top.title);
    expect(text).toContain(`"'=HYPERLINK(""http://x"") (已计划, 2026-12-01)"`);
    backend.close();
  });
});
