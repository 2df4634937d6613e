import { describe, expect, it } from 'vitest';
import { copySelection, pasteClip } from '../../../../../shared/domain/map/clipboard';
import { doc, flow, idMaker, lane, stage, tp } from './doc';

const map = doc({
  stages: [stage('s1'), stage('s2')],
  lanes: [lane('l1'), lane('l2')],
  touchpoints: [
    tp('a', 's1', 'l1', { position: 0, need: 2 }),
    tp('b', 's1', 'l1', { position: 1 }),
    tp('c', 's2', 'l2', { position: 0 }),
    tp('d', 's2', 'l1', { position: 0 }),
  ],
  flows: [flow('ab', 'a', 'b'), flow('bc', 'b', 'c'), flow('ca', 'c', 'a'), flow('bd', 'b', 'd')],
});

describe('copySelection', () => {
  it('copies the selected touchpoints and only the flows between them', () => {
    const clip = copySelection(map, new Set(['a', 'b', 'c']));
    expect(clip.touchpoints.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(clip.flows.map((f) => f.id)).toEqual(['ab', 'bc', 'ca']);
    expect(clip.touchpoints[0]).not.toBe(map.touchpoints[0]);
  });
  it('copies nothing for an empty selection', () => {
    expect(copySelection(map, new Set())).toEqual({ touchpoints: [], flows: [] });
  });
});

describe('pasteClip', () => {
  it('gives new ids everywhere and remaps flows', () => {
    const pasted = pasteClip(copySelection(map, new Set(['a', 'b'])), map, idMaker());
    expect(pasted.touchpoints.map((t) => t.id)).toEqual(['n1', 'n2']);
    expect(pasted.flows).toEqual([{ id: 'n3', sourceId: 'n1', targetId: 'n2', label: '' }]);
    expect(pasted.touchpoints[0]).toMatchObject({ title: 'a', need: 2 });
  });
  it('drops flows to touchpoints that were not copied', () => {
    const clip = { touchpoints: [tp('a', 's1', 'l1')], flows: [flow('ab', 'a', 'b'), flow('xa', 'x', 'a')] };
    expect(pasteClip(clip, map, idMaker()).flows).toEqual([]);
  });
  it('keeps cells and appends after the cards already there, in their order', () => {
    const pasted = pasteClip(copySelection(map, new Set(['b', 'a', 'c'])), map, idMaker());
    expect(pasted.touchpoints.map((t) => [t.stageId, t.laneId, t.position])).toEqual([
      ['s1', 'l1', 2],
      ['s1', 'l1', 3],
      ['s2', 'l2', 1],
    ]);
  });
  it('moves cards whose stage or lane is gone to the first stage / lane', () => {
    const clip = { touchpoints: [tp('x', 'gone', 'l2'), tp('y', 's2', 'gone'), tp('z', 'gone', 'gone')], flows: [] };
    const pasted = pasteClip(clip, map, idMaker());
    expect(pasted.touchpoints.map((t) => [t.stageId, t.laneId, t.position])).toEqual([
      ['s1', 'l2', 0],
      ['s2', 'l1', 1],
      ['s1', 'l1', 2],
    ]);
  });
  it('puts every card into the target cell, after existing cards, in journey order', () => {
    const clip = copySelection(map, new Set(['c', 'b', 'a', 'd']));
    const pasted = pasteClip(clip, map, idMaker(), { stageId: 's2', laneId: 'l1' });
    expect(pasted.touchpoints.every((t) => t.stageId === 's2' && t.laneId === 'l1')).toBe(true);
    const byPosition = [...pasted.touchpoints].sort((x, y) => x.position - y.position).map((t) => t.title);
    expect(byPosition).toEqual(['a', 'b', 'd', 'c']);
    expect(Math.min(...pasted.touchpoints.map((t) => t.position))).toBe(1);
    expect(pasted.flows.map((f) => f.id)).toEqual(['n5', 'n6', 'n7', 'n8']);
  });
  it('pastes into an empty cell from 0, and pastes nothing where there is no cell', () => {
    const clip = copySelection(map, new Set(['a']));
    expect(pasteClip(clip, map, idMaker(), { stageId: 's1', laneId: 'l2' }).touchpoints[0]!.position).toBe(0);
    expect(pasteClip(clip, doc(), idMaker())).toEqual({ touchpoints: [], flows: [] });
  });
  it('does not change the document or the clip', () => {
    const clip = copySelection(map, new Set(['a', 'b']));
    const before = JSON.stringify([map, clip]);
    pasteClip(clip, map, idMaker(), { stageId: 's2', laneId: 'l2' });
    expect(JSON.stringify([map, clip])).toBe(before);
  });
});
