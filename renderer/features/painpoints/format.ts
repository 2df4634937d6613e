/** Words and numbers of the Pain points page: why a point is flagged, survey evidence, money. */
import type { TFunction } from 'i18next';
import type { PainRules } from '../../../shared/domain/map/painpoints';
import type { PainPoint } from '../../../shared/ops/painpoints';
import { numberFormat } from '../../lib/intl';

type Reason = PainPoint['reasons'][number];

export const formatNumber = (value: number, locale: string, digits = 0): string =>
  numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);

export function formatMoney(value: number | null, locale: string): string {
  return value === null ? '–' : formatNumber(Math.round(value), locale);
}

export const formatPercent = (share: number, locale: string): string => `${formatNumber(share * 100, locale, 0)}%`;

/** One sentence per rule that fires, with the workspace's threshold. */
export function reasonText(t: TFunction, r: Reason, rules: PainRules, locale: string): string {
  switch (r.kind) {
    case 'need':
    case 'convenience':
    case 'emotion':
      return t('painPoints.reasons.factor', { factor: t(`detail.factors.${r.kind}`), rating: r.rating, max: rules.maxFactorRating });
    case 'transfers':
      return t('painPoints.reasons.transfers', { count: r.transfers, min: rules.minTransfers });
    case 'surveyMean':
      return t('painPoints.reasons.surveyMean', { mean: formatNumber(r.mean, locale, 2), max: rules.maxSurveyMean });
    case 'surveyTop2':
      return t('painPoints.reasons.surveyTop2', { percent: formatNumber(r.share * 100, locale), min: formatNumber(rules.minSurveyTop2 * 100, locale) });
  }
}

export const FACTORS = ['need', 'convenience', 'emotion'] as const;
export type Factor = (typeof FACTORS)[number];

export function ratingLabel(t: TFunction, factor: Factor, value: number | null): string {
  const name = t(`detail.factors.${factor}`);
  return value === null ? t('painPoints.ratings.unrated', { factor: name }) : t('painPoints.ratings.value', { factor: name, value });
}
