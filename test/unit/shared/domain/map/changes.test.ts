import { describe, expect, it } from 'vitest';
import { changeCount, diffDocs, isEmptyChanges, MapChanges } from '../../../../../shared/domain/map/changes';
import { doc, flow, lane, stage, tp } from './doc';

const base = doc({
  stages: [stage('s1'), stage('s2')],
  lanes: [lane('l1')],
  touchpoints: [tp('a', 's1', 'l1'), tp('b', 's2', 'l1')],
  flows: [flow('ab', 'a', 'b')],
});

describe('diffDocs', () => {
  it('finds nothing between a document and itself', () => {
    const c = diffDocs(base, base);
    expect(isEmptyChanges(c)).toBe(true);
    expect(changeCount(c)).toBe(0);
  });
  it('finds nothing for an equal copy of an unchanged record', () => {
    const copy = { ...base, touchpoints: base.touchpoints.map((t) => ({ ...t })) };
    expect(isEmptyChanges(diffDocs(base, copy))).toBe(true);
  });
  it('upserts an edited or added record', () => {
    const edited = { ...base.touchpoints[0]!, emotion: 2 };
    const after = { ...base, touchpoints: [edited, base.touchpoints[1]!, tp('c', 's1', 'l1')] };
    const c = diffDocs(base, after);
    expect(c.touchpoints.upsert.map((t) => t.id)).toEqual(['a', 'c']);
    expect(c.touchpoints.upsert[0]!.emotion).toBe(2);
    expect(c.touchpoints.delete).toEqual([]);
    expect(c.stageOrder).toBeNull();
    expect(isEmptyChanges(c)).toBe(false);
    expect(changeCount(c)).toBe(2);
  });
  it('deletes a removed record', () => {
    const c = diffDocs(base, { ...base, flows: [] });
    expect(c.flows).toEqual({ upsert: [], delete: ['ab'] });
    expect(isEmptyChanges(c)).toBe(false);
  });
  it('reports the new stage order when stages are reordered, without upserting them', () => {
    const c = diffDocs(base, { ...base, stages: [base.stages[1]!, base.stages[0]!] });
    expect(c.stageOrder).toEqual(['s2', 's1']);
    expect(c.laneOrder).toBeNull();
    expect(c.stages).toEqual({ upsert: [], delete: [] });
    expect(isEmptyChanges(c)).toBe(false);
    expect(changeCount(c)).toBe(0);
  });
  it('reports the order when a lane is added', () => {
    const c = diffDocs(base, { ...base, lanes: [...base.lanes, lane('l2')] });
    expect(c.laneOrder).toEqual(['l1', 'l2']);
    expect(c.lanes.upsert.map((l) => l.id)).toEqual(['l2']);
  });
  it('produces changes the contract schema accepts', () => {
    const c = diffDocs(base, doc());
    expect(MapChanges.parse(c)).toEqual(c);
    expect(c.stageOrder).toEqual([]);
  });
});
