import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../shared/domain/journey';
import { FACTORS, type Factor, ratingLabel } from './format';

type Rated = Record<Factor, Rating>;

export interface ChipLabels {
  short: Record<Factor, string>;
  label(f: Factor, v: Rating): string;
}

/** The chips' words, made once per language rather than in every row. */
export function chipLabels(t: TFunction): ChipLabels {
  const cache = new Map<string, string>();
  return {
    short: { need: t('painPoints.ratings.short.need'), convenience: t('painPoints.ratings.short.convenience'), emotion: t('painPoints.ratings.short.emotion') },
    label(f, v) {
      const key = `${f}${v}`;
      let text = cache.get(key);
      if (text === undefined) cache.set(key, (text = ratingLabel(t, f, v)));
      return text;
    },
  };
}

/** The three ratings as chips on the editor's colour-blind-safe scale; "–" when unrated. */
export function Chips({ point, labels }: { point: Rated; labels: ChipLabels }) {
  return (
    <span className="ja-pp-chips">
      {FACTORS.map((f) => {
        const v = point[f];
        const label = labels.label(f, v);
        return (
          <span key={f} className={`ja-pp-chip ja-rating-${v ?? 'none'}`} title={label} aria-label={label} role="img">
            <b aria-hidden>{labels.short[f]}</b>
            <span aria-hidden>{v ?? '–'}</span>
          </span>
        );
      })}
    </span>
  );
}

export function RatingChips({ point }: { point: Rated }) {
  const { t } = useTranslation();
  const labels = useMemo(() => chipLabels(t), [t]);
  return <Chips point={point} labels={labels} />;
}
