import type { ComparisonItem } from '../../../../shared/ops/compare';

/** The journey most of the linked touchpoint items belong to, or null when no item points at one. */
export function mostLinkedJourney(items: readonly ComparisonItem[]): string | null {
  const counts = new Map<string, number>();
  for (const i of items) {
    if (i.group !== null || !i.ref.touchpointId || !i.ref.journeyId) continue;
    counts.set(i.ref.journeyId, (counts.get(i.ref.journeyId) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [id, n] of counts) {
    if (n > most) [best, most] = [id, n];
  }
  return best;
}
