/**
 * Numbers as a report prints them: minus signs, fixed decimals, percentages, p-values.
 */
import { formatP } from '../../../shared/domain/compare/explain';
import type { ComparisonItem, CompareSide } from '../../../shared/ops/compare';

export const DASH = '–';
const minus = (s: string) => s.replace('-', '−');

export const fixed = (x: number | null | undefined, digits = 2): string => (x == null ? DASH : minus(x.toFixed(digits)));
export const signed = (x: number | null | undefined, digits = 2): string => (x == null ? DASH : x > 0 ? `+${x.toFixed(digits)}` : minus(x.toFixed(digits)));
export const percent = (x: number | null | undefined, digits = 0): string => (x == null ? DASH : `${(x * 100).toFixed(digits)}%`);
export const pValue = (p: number | null | undefined): string => (p == null ? DASH : formatP(p).replace(/^= /, ''));
export const count = (n: number): string => n.toLocaleString('en-US');

/** The headline figure of one side: NPS for 0–10 items, the mean otherwise. */
export function headline(item: ComparisonItem, side: CompareSide): string {
  if (item.measure === 'nps') return side.nps?.nps == null ? DASH : fixed(side.nps.nps, 0);
  return fixed(side.mean, 2);
}

export function changeText(item: ComparisonItem): string {
  return signed(item.delta, item.measure === 'nps' ? 0 : 2);
}

/** An ISO date or timestamp as yyyy-mm-dd. */
export const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : DASH);
