/** Pure helpers of the list: sorting, the filter options found in the list, and a department's figures. */
import type { PainPoint } from '../../../shared/ops/painpoints';
import type { Filters, Sort } from './store';

/** The list comes ranked by severity; any other order is a sorted copy. Unknown money sorts last either way. */
export function sortPoints(points: readonly PainPoint[], sort: Sort, collator: Intl.Collator): readonly PainPoint[] {
  const dir = sort.order === 'ascend' ? 1 : -1;
  switch (sort.key) {
    case 'severity':
      return dir === -1 ? points : [...points].reverse();
    case 'money':
      return [...points].sort((a, b) => {
        if (a.moneyAtStake === null || b.moneyAtStake === null) return (a.moneyAtStake === null ? 1 : 0) - (b.moneyAtStake === null ? 1 : 0);
        return dir * (a.moneyAtStake - b.moneyAtStake) || b.severity - a.severity;
      });
    case 'title':
      return [...points].sort((a, b) => dir * collator.compare(a.title, b.title) || b.severity - a.severity);
  }
}


export const hasFilters = (f: Filters): boolean =>
  f.journeyIds.length + f.departmentIds.length + f.causes.length + f.statuses.length > 0 || f.owner.trim() !== '' || f.search.trim() !== '';

export interface Option {
  value: string;
  label: string;
}

/** Journeys, departments and owners that occur in the list, sorted by name. */
export function filterOptions(points: readonly PainPoint[], collator: Intl.Collator): { journeys: Option[]; departments: Option[]; owners: Option[] } {
  const journeys = new Map<string, string>();
  const departments = new Map<string, string>();
  const owners = new Set<string>();
  for (const p of points) {
    journeys.set(p.journeyId, p.journeyName);
    if (p.departmentId !== null) departments.set(p.departmentId, p.departmentName ?? p.lane);
    if (p.owner) owners.add(p.owner);
  }
  const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
  return {
    journeys: [...journeys].map(([value, label]) => ({ value, label })).sort(byLabel),
    departments: [...departments].map(([value, label]) => ({ value, label })).sort(byLabel),
    owners: [...owners].map((o) => ({ value: o, label: o })).sort(byLabel),
  };
}

export interface Figures {
  /** Points not fixed yet (status other than done). */
  open: number;
  overdue: number;
  /** Sum of the money at stake entered; null when none is. */
  money: number | null;
}

export function figures(points: readonly PainPoint[]): Figures {
  let open = 0;
  let overdue = 0;
  let money: number | null = null;
  for (const p of points) {
    if (p.status !== 'done') open++;
    overdue += p.actions.overdue;
    if (p.moneyAtStake !== null) money = (money ?? 0) + p.moneyAtStake;
  }
  return { open, overdue, money };
}

/** Improvement actions of these points marked done since `since`. */
export function doneSince(points: readonly PainPoint[], since: Date): number {
  const t = since.getTime();
  return points.reduce((n, p) => n + p.actions.doneAt.filter((at) => Date.parse(at) >= t).length, 0);
}

/** The first day of the calendar quarter `now` is in, local time. */
export function quarterStart(now: Date): Date {
  return new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3, 1);
}
