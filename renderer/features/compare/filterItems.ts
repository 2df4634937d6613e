/** Which compared items the table and the charts show, by the page's filters. */
import type { ComparisonItem, ItemKind } from '../../../shared/ops/compare';
import type { ItemFilters } from './store';

export function filterItems(items: readonly ComparisonItem[], f: ItemFilters, labelOf: (i: ComparisonItem) => string): ComparisonItem[] {
  const needle = f.search.trim().toLowerCase();
  return items.filter((i) => {
    if (f.group === null ? i.group !== null : f.group !== '*' && i.group !== f.group) return false;
    if (f.kind !== 'all' && i.kind !== f.kind) return false;
    if (f.significantOnly && !i.significant) return false;
    if (needle && !`${labelOf(i)} ${i.label} ${i.text}`.toLowerCase().includes(needle)) return false;
    return true;
  });
}

/** The kinds present among the items, in the contract's order. */
export function kindsOf(items: readonly ComparisonItem[], order: readonly ItemKind[]): ItemKind[] {
  const present = new Set(items.map((i) => i.kind));
  return order.filter((k) => present.has(k));
}
