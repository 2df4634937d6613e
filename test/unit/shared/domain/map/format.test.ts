import { describe, expect, it } from 'vitest';
import { MAP_FORMAT, MAP_FORMAT_VERSION, parseMapFile, toMapFile } from '../../../../../shared/domain/map/format';
import { doc, flow, journey, lane, stage, tp } from './doc';

const j = journey(
  doc({
    stages: [stage('s1', '购前'), stage('s2', '购中')],
    lanes: [{ ...lane('l1', '销售部'), departmentId: 'dep-sales', color: '#cc6677' }, { ...lane('l2', 'Customer'), kind: 'customer' }],
    touchpoints: [
      tp('t1', 's1', 'l1', { need: 2, convenience: 1, emotion: null, transfers: 3, quote: '“又要等”' }),
      tp('t2', 's2', 'l2', { position: 1.5 }),
    ],
    flows: [flow('f1', 't1', 't2')],
  }),
);
const departmentName = (id: string) => (id === 'dep-sales' ? '销售部' : null);
const text = (file: unknown) => JSON.stringify(file, null, 2);

describe('toMapFile → JSON → parseMapFile', () => {
  it('round-trips a journey', () => {
    const file = toMapFile(j, departmentName, '2026-11-23T10:00:00.000Z');
    expect(file).toMatchObject({ format: MAP_FORMAT, version: MAP_FORMAT_VERSION, exportedAt: '2026-11-23T10:00:00.000Z' });
    expect(file.journey.lanes[0]!.department).toBe('销售部');
    expect(file.journey.lanes[1]!.department).toBeNull();
    const parsed = parseMapFile(text(file));
    expect(parsed).toEqual({ ok: true, map: file });
    if (!parsed.ok) return;
    expect(parsed.map.journey.touchpoints).toEqual(j.touchpoints);
    expect(parsed.map.journey.flows).toEqual(j.flows);
    expect(parsed.map.journey.stages).toEqual(j.stages);
  });
  it('accepts a byte-order mark', () => {
    const parsed = parseMapFile('\uFEFF' + text(toMapFile(j, departmentName, 'now')));
    expect(parsed.ok).toBe(true);
  });
});

describe('parseMapFile problems', () => {
  const good = () => JSON.parse(text(toMapFile(j, departmentName, 'now')));
  const problems = (t: string) => {
    const parsed = parseMapFile(t);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? [] : parsed.problems;
  };

  it('reports bad JSON', () => {
    const [p] = problems('{ "format": ');
    expect(p!.path).toBe('');
    expect(p!.message).toMatch(/Not valid JSON/);
  });
  it('reports a file of another format', () => {
    expect(problems(text({ ...good(), format: 'something-else' }))).toEqual([expect.objectContaining({ path: 'format', code: 'map.not_map_file', message: expect.stringMatching(/Not a Journey Audit map/) })]);
    expect(problems('null')[0]!.path).toBe('format');
    expect(problems('[1, 2]')[0]!.path).toBe('format');
  });
  it('refuses a newer version', () => {
    const [p] = problems(text({ ...good(), version: MAP_FORMAT_VERSION + 1 }));
    expect(p!.path).toBe('version');
    expect(p!.message).toMatch(/newer/);
  });
  it('names the path of a touchpoint pointing at a missing stage', () => {
    const file = good();
    file.journey.touchpoints[0].stageId = 'nope';
    expect(problems(text(file))).toContainEqual(expect.objectContaining({ path: 'journey.touchpoints.0.stageId', code: 'map.no_stage', params: { id: 'nope' } }));
  });
  it('names the path of a flow pointing at a missing touchpoint, and of a bad rating', () => {
    const file = good();
    file.journey.flows[0].targetId = 'gone';
    file.journey.touchpoints[1].emotion = 0;
    const paths = problems(text(file)).map((p) => p.path);
    expect(paths).toContain('journey.flows.0.targetId');
    expect(paths).toContain('journey.touchpoints.1.emotion');
  });
});
