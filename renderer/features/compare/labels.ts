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
