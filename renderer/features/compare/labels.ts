/** Display names of compared items and breakdown attributes. */
import type { TFunction } from 'i18next';
import type { ComparisonItem } from '../../../shared/ops/compare';
import { FACTORS, GROUPINGS } from '../../../shared/domain/survey/types';

const KNOWN_ATTRIBUTES = ['department', 'tier', 'region'] as const;

/** A respondent attribute's name: the known ones translated, others as they were imported. */
export function attributeName(t: TFunction, name: string): string {
  return (KNOWN_ATTRIBUTES as readonly string[]).includes(name) ? t(`compare.attributes.${name as 'tier'}`) : name;
}

/** An item's short name: factor and grouping keys translated, the rest as the backend named them. */
export function itemLabel(t: TFunction, item: Pick<ComparisonItem, 'kind' | 'label'>): string {
  if (item.kind === 'factor' && (FACTORS as readonly string[]).includes(item.label)) return t(`surveys.factors.${item.label as 'need'}`);
  if (item.kind === 'grouping' && (GROUPINGS as readonly string[]).includes(item.label)) return t(`surveys.groupings.${item.label as 'growth'}`);
  return item.label;
}

/** What a reader recognises an item by: a question's text (its code apart, shown small), a composite's name. */
export function itemTitle(t: TFunction, item: Pick<ComparisonItem, 'kind' | 'label' | 'text' | 'code'>): { code: string | null; text: string } {
  if (item.kind !== 'question') return { code: null, text: itemLabel(t, item) };
  const text = item.text.replace(/\s+/g, ' ').trim() || item.label;
  const code = item.code && !text.startsWith(item.code) ? item.code : null;
  return { code, text };
}

/** The same as one line of plain text, for charts, search and tooltips: "CX04 本次报修时…". */
export function itemTitleText(t: TFunction, item: Pick<ComparisonItem, 'kind' | 'label' | 'text' | 'code'>): string {
  const { code, text } = itemTitle(t, item);
  return code ? `${code} ${text}` : text;
}
