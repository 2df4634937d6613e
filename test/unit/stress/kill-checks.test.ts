/**
 * The kill test's own checks must fail when data is lost: one acknowledged edit missing after
 * a kill, or a state differing only in a field the edits change (description, transfers,
 * position), is a violation.
 */
import { describe, expect, it } from 'vitest';
import type { Journey, Touchpoint } from '../../../shared/domain/journey';
import { type Ack, checkAfterKill, fingerprint, toDoc } from '../../stress/kill';

const touchpoint: Touchpoint = {
  id: 't1',
  stageId: 's1',
  laneId: 'l1',
  title: 'Call',
  channel: 'phone',
  description: 'first',
  quote: '',
  owner: '',
  need: 3,
  convenience: null,
  emotion: null,
  transfers: 0,
  position: 1,
};

const journeyAt = (version: number, tp: Partial<Touchpoint> = {}): Journey =>
  ({ id: 'j', version, stages: [{ id: 's1' }], lanes: [{ id: 'l1' }], touchpoints: [{ ...touchpoint, ...tp }], flows: [] }) as unknown as Journey;
const ackOf = (j: Journey, at: number): Ack => ({ version: j.version, print: fingerprint(toDoc(j)), at });

describe('the kill test checks', () => {
  it('pass when every acknowledged edit is there', () => {
    const v1 = journeyAt(1);
    const v2 = journeyAt(2, { title: 'Edited' });
    expect(checkAfterKill(v2, [ackOf(v1, 0), ackOf(v2, 1000)], null, 'kill 1', 1500)).toBe(1);
  });

  it('fail when a single acknowledged edit is missing, however close to the kill', () => {
    const v1 = journeyAt(1);
    const v2 = journeyAt(2, { title: 'Edited' });
    expect(() => checkAfterKill(v1, [ackOf(v1, 0), ackOf(v2, 1499)], null, 'kill 1', 1500)).toThrow(/kill 1: 1 acknowledged edit\(s\) missing/);
  });

  it('tell apart states that differ only in description, transfers or position', () => {
    const base = journeyAt(2);
    for (const change of [{ description: 'second' }, { transfers: 2 }, { position: 7 }]) {
      const other = journeyAt(2, change);
      expect(fingerprint(toDoc(other)), JSON.stringify(change)).not.toBe(fingerprint(toDoc(base)));
      expect(() => checkAfterKill(other, [ackOf(journeyAt(1), 0), ackOf(base, 10)], null, 'kill 1', 20)).toThrow(/not a state any edit produced/);
    }
  });
});
