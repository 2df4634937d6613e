import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/domain/journey';
import type { Factor } from './rows';

/**
 * A 1–5 rating on a colour-blind-safe diverging scale (vermillion/orange → grey → blue),
 * always with the number, so colour is never the only cue.
 */
export function RatingBadge({ value, factor }: { value: Rating; factor: Factor }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <span className="ja-rating ja-rating-none" title={t('detail.table.unrated')}>
        —
      </span>
    );
  }
  return (
    <span className={`ja-rating ja-rating-${value}`} title={t('detail.table.rating', { factor: t(`detail.factors.${factor}`), value })}>
      {value}
    </span>
  );
}
