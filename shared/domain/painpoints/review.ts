/**
 * The pain-point list a department head works from: where a point stands (from its actions),
 * ranking by severity, and the filters of the Pain points page. Pure, so the page filters a
 * few thousand points on every keystroke without asking the backend.
 */
import type { Cause } from './taxonomy';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where a pain point stands: no action yet, actions planned, work going on, or fixed. */
export const REVIEW_STATUSES = ['new', 'planned', 'in-progress', 'done'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export function reviewStatus(actions: readonly { status: ActionStatus }[]): ReviewStatus {
  const live = actions.filter((a) => a.status !== 'dropped');
  if (live.length === 0) return 'new';
  if (live.some((a) => a.status === 'in-progress')) return 'in-progress';
  if (live.every((a) => a.status === 'done')) return 'done';
  return live.some((a) => a.status === 'done') ? 'in-progress' : 'planned';
}

export interface Rankable {
  severity: number;
  title: string;
  moneyAtStake?: number | null;
  customersPerYear?: number | null;
  transfers?: number;
}

/** Highest severity first; ties by money at stake, reach, transfers, then title, so the order is stable. */
export function rankBySeverity<T extends Rankable>(items: readonly T[]): T[] {
  // Equal severity ranks by the next criterion: money at stake, reach, transfers, then title.
  const num = (x: number | null | undefined) => x ?? -1;
  return [...items].sort(
    (a, b) =>
      b.severity - a.severity ||
      num(b.moneyAtStake) - num(a.moneyAtStake) ||
      num(b.customersPerYear) - num(a.customersPerYear) ||
      num(b.transfers) - num(a.transfers) ||
      a.title.localeCompare(b.title),
  );
}

export interface PainFilter {
  journeyIds?: readonly string[];
  departmentIds?: readonly string[];
  owner?: string;
  causes?: readonly Cause[];
  statuses?: readonly ReviewStatus[];
  search?: string;
}

export interface Filterable {
  journeyId: string;
  departmentId: string | null;
  owner: string;
  causes: readonly Cause[];
  status: ReviewStatus;
  title: string;
  journeyName: string;
  stage: string;
  lane: string;
  quote: string;
}

const norm = (s: string) => s.toLocaleLowerCase().normalize('NFKC');

/** Keeps the points matching every given filter; search matches title, journey, stage, lane, owner and quote. */
export function filterPainPoints<T extends Filterable>(items: readonly T[], f: PainFilter): T[] {
  const q = f.search?.trim() ? norm(f.search.trim()) : null;
  const owner = f.owner?.trim() ? norm(f.owner.trim()) : null;
  return items.filter(
    (p) =>
      (!f.journeyIds?.length || f.journeyIds.includes(p.journeyId)) &&
      (!f.departmentIds?.length || (p.departmentId !== null && f.departmentIds.includes(p.departmentId))) &&
      (!owner || norm(p.owner).includes(owner)) &&
      (!f.causes?.length || p.causes.some((c) => f.causes!.includes(c))) &&
      (!f.statuses?.length || f.statuses.includes(p.status)) &&
      (!q || [p.title, p.journeyName, p.stage, p.lane, p.owner, p.quote].some((s) => norm(s).includes(q))),
  );
}
