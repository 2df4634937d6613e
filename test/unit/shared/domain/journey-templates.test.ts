/** Consistency checks for the journey templates and the departments they use. */
import { describe, expect, it } from 'vitest';
import { CHANNELS, LANE_KINDS, SCENES } from '../../../../shared/domain/journey';
import { DEPARTMENTS, TEMPLATES, findTemplate } from '../../../../shared/domain/journey-templates';
import type { Bilingual, JourneyTemplate } from '../../../../shared/domain/journey-templates';

function bilinguals(t: JourneyTemplate): [string, Bilingual][] {
  const out: [string, Bilingual][] = [
    ['name', t.name],
    ['persona', t.persona],
    ['description', t.description],
  ];
  t.stages.forEach((s, i) => out.push([`stage ${i}`, s]));
  t.lanes.forEach((l, i) => out.push([`lane ${i}`, l.name]));
  t.touchpoints.forEach((tp, i) => {
    for (const field of ['title', 'description', 'quote', 'owner'] as const) out.push([`touchpoint ${i} ${field}`, tp[field]]);
  });
  return out;
}

describe('DEPARTMENTS', () => {
  it('has unique keys, both names and distinct #rrggbb colours', () => {
    const keys = DEPARTMENTS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ['sales', 'service', 'parts', 'finance', 'financing', 'callcentre', 'workshop', 'servicedesk', 'logistics']) {
      expect(keys).toContain(key);
    }
    const colors = DEPARTMENTS.map((d) => d.color.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
    for (const d of DEPARTMENTS) {
      expect(d.color).toMatch(/^#[0-9a-fA-F]{6}$/);
      expect(d.name['zh-CN'].trim()).not.toBe('');
      expect(d.name.en.trim()).not.toBe('');
    }
  });
});

describe('TEMPLATES', () => {
  it('puts the service template first and has unique keys and known scenes', () => {
    expect(TEMPLATES[0]?.key).toBe('service');
    const keys = TEMPLATES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TEMPLATES) expect(SCENES).toContain(t.scene);
  });

  it('finds templates by key', () => {
    for (const t of TEMPLATES) expect(findTemplate(t.key)).toBe(t);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  describe.each(TEMPLATES.map((t) => [t.key, t] as const))('%s', (_key, t) => {
    it('has non-empty zh-CN and en text everywhere', () => {
      for (const [where, b] of bilinguals(t)) {
        expect(b['zh-CN'].trim(), `${where} zh-CN`).not.toBe('');
        expect(b.en.trim(), `${where} en`).not.toBe('');
      }
    });

    it('keeps touchpoint titles short', () => {
      for (const tp of t.touchpoints) {
        expect(tp.title['zh-CN'].length, tp.title['zh-CN']).toBeLessThanOrEqual(14);
        expect(tp.title.en.length, tp.title.en).toBeLessThanOrEqual(40);
      }
    });

    it('has lanes with valid kinds and known departments, customer first and systems last', () => {
      const departmentKeys = new Set(DEPARTMENTS.map((d) => d.key));
      for (const lane of t.lanes) {
        expect(LANE_KINDS).toContain(lane.kind);
        if (lane.kind === 'department') expect(lane.department).not.toBeNull();
        if (lane.department !== null) expect(departmentKeys.has(lane.department), lane.department).toBe(true);
      }
      expect(t.lanes[0]?.kind).toBe('customer');
      expect(t.lanes.at(-1)?.kind).toBe('system');
    });

    it('has 8–14 touchpoints with indexes, ratings and transfers in range', () => {
      expect(t.touchpoints.length).toBeGreaterThanOrEqual(8);
      expect(t.touchpoints.length).toBeLessThanOrEqual(14);
      for (const tp of t.touchpoints) {
        expect(Number.isInteger(tp.stage) && tp.stage >= 0 && tp.stage < t.stages.length).toBe(true);
        expect(Number.isInteger(tp.lane) && tp.lane >= 0 && tp.lane < t.lanes.length).toBe(true);
        expect(CHANNELS).toContain(tp.channel);
        for (const r of [tp.need, tp.convenience, tp.emotion]) {
          if (r !== null) expect(Number.isInteger(r) && r >= 1 && r <= 5, String(r)).toBe(true);
        }
        expect(Number.isInteger(tp.transfers) && tp.transfers >= 0).toBe(true);
      }
    });

    it('has at least one touchpoint in every stage', () => {
      t.stages.forEach((stage, i) => {
        expect(t.touchpoints.some((tp) => tp.stage === i), stage.en).toBe(true);
      });
    });

    it('has flows between existing touchpoints that never loop back or repeat', () => {
      expect(t.flows.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const [from, to] of t.flows) {
        expect(Number.isInteger(from) && from >= 0 && from < t.touchpoints.length).toBe(true);
        expect(Number.isInteger(to) && to >= 0 && to < t.touchpoints.length).toBe(true);
        expect(from).not.toBe(to);
        expect(t.touchpoints[to]!.stage).toBeGreaterThanOrEqual(t.touchpoints[from]!.stage);
        expect(seen.has(`${from}>${to}`)).toBe(false);
        seen.add(`${from}>${to}`);
      }
    });

    it('includes at least one flow that crosses lanes', () => {
      expect(t.flows.some(([a, b]) => t.touchpoints[a]!.lane !== t.touchpoints[b]!.lane)).toBe(true);
    });
  });

  describe('service sample', () => {
    const service = findTemplate('service')!;

    it('is rich enough to serve as the sample journey', () => {
      expect(service.touchpoints.length).toBeGreaterThanOrEqual(12);
      expect(service.touchpoints.some((tp) => tp.transfers >= 2)).toBe(true);
    });

    it('shows both pain points and bright spots', () => {
      const ratings = service.touchpoints.flatMap((tp) => [tp.need, tp.convenience, tp.emotion]);
      expect(ratings.some((r) => r !== null && r <= 2)).toBe(true);
      expect(ratings.some((r) => r !== null && r >= 4)).toBe(true);
    });

    it('uses every lane', () => {
      service.lanes.forEach((lane, i) => {
        expect(service.touchpoints.some((tp) => tp.lane === i), lane.name.en).toBe(true);
      });
    });
  });
});
