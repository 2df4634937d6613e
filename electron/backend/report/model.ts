/**
 * What a comparison report is built from, whatever its format.
 */
import type { ReportLang } from '../../../shared/domain/compare/explain';
import type { MapOverlayInput } from '../../../shared/domain/compare/map-overlay-svg';
import type { Comparison, ComparisonItem } from '../../../shared/ops/compare';
import type { MapComparison } from '../../../shared/ops/journeys';

export interface ReportInput {
  comparison: Comparison;
  lang: ReportLang;
  /** The journey drawn with the change overlay, if any. */
  journey: (MapOverlayInput & { name: string }) | null;
  /** The map-version comparison shown as a table, if any. */
  mapComparison: MapComparison | null;
  generatedAt: Date;
}

/** Whole-round items first, then one list per breakdown group, in the comparison's order. */
export function itemsByGroup(c: Comparison): { group: string | null; items: ComparisonItem[] }[] {
  const out = new Map<string | null, ComparisonItem[]>([[null, []]]);
  for (const g of c.groups) out.set(g.group, []);
  for (const item of c.items) {
    const list = out.get(item.group);
    if (list) list.push(item);
    else out.set(item.group, [item]);
  }
  return [...out].map(([group, items]) => ({ group, items }));
}
