/**
 * Two versions of a journey map side by side (e.g. "baseline 2026-03" and today): which
 * touchpoints were added, removed or changed rating or transfers, and the journey figures
 * (transfers, loyalty kept, factor means, pain points) before and after.
 * Touchpoints pair by id (a snapshot keeps ids), then by identical title.
 */
import type { Journey, Touchpoint } from '../journey';
import type { MapComparison } from '../../ops/journeys';
import { journeyStats } from './stats';
import type { PainRules } from './painpoints';

type Version = { label: string; journey: Journey };

function state(t: Touchpoint, j: Journey) {
  return {
    need: t.need,
    convenience: t.convenience,
    emotion: t.emotion,
    transfers: t.transfers,
    stage: j.stages.find((s) => s.id === t.stageId)?.name ?? '',
    lane: j.lanes.find((l) => l.id === t.laneId)?.name ?? '',
  };
}

function totals(v: Version, rules?: PainRules): MapComparison['before'] {
  const s = journeyStats(v.journey, rules);
  return { label: v.label, touchpoints: s.touchpoints, transfers: s.transfers, loyaltyKept: s.loyaltyKept, ...s.means, painPoints: s.painPoints };
}

const changed = (a: Touchpoint, b: Touchpoint) =>
  a.need !== b.need || a.convenience !== b.convenience || a.emotion !== b.emotion || a.transfers !== b.transfers;

export function compareMapVersions(before: Version, after: Version, rules?: PainRules): MapComparison {
  const afterById = new Map(after.journey.touchpoints.map((t) => [t.id, t]));
  const pairs = new Map<string, Touchpoint>();
  for (const t of before.journey.touchpoints) {
    const m = afterById.get(t.id);
    if (m) pairs.set(t.id, m);
  }
  const taken = new Set([...pairs.values()].map((t) => t.id));
  const byTitle = new Map<string, Touchpoint>();
  for (const t of after.journey.touchpoints) if (!taken.has(t.id) && !byTitle.has(t.title.trim())) byTitle.set(t.title.trim(), t);
  for (const t of before.journey.touchpoints) {
    if (pairs.has(t.id)) continue;
    const m = byTitle.get(t.title.trim());
    if (m && !taken.has(m.id)) {
      pairs.set(t.id, m);
      taken.add(m.id);
    }
  }
  const rows: MapComparison['touchpoints'] = before.journey.touchpoints.map((t) => {
    const m = pairs.get(t.id);
    return {
      id: m?.id ?? t.id,
      title: m?.title ?? t.title,
      status: !m ? 'removed' : changed(t, m) ? 'changed' : 'same',
      before: state(t, before.journey),
      after: m ? state(m, after.journey) : null,
    };
  });
  for (const t of after.journey.touchpoints) {
    if (!taken.has(t.id)) rows.push({ id: t.id, title: t.title, status: 'added', before: null, after: state(t, after.journey) });
  }
  return { journeyId: after.journey.id, journeyName: after.journey.name, before: totals(before, rules), after: totals(after, rules), touchpoints: rows };
}
