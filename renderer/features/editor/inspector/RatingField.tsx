import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/domain/journey';

const NONE = 0;

/**
 * A 1–5 rating with "–" for unrated, as a segmented control: every option is one click, and
 * clearing is as visible as rating. Colours follow the card chips.
 */
export function RatingField({ id, label, value, onChange }: { id: string; label: string; value: Rating; onChange(v: Rating): void }) {
  const { t } = useTranslation();
  const options = [
    {
      value: NONE,
      label: (
        <span className="ja-rate-opt ja-rating-none" aria-label={t('detail.table.unrated')}>
          –
        </span>
      ),
    },
    ...[1, 2, 3, 4, 5].map((v) => ({
      value: v,
      label: <span className={`ja-rate-opt${value === v ? ` ja-rating-${v}` : ''}`}>{v}</span>,
    })),
  ];
  return (
    <Segmented<number>
      id={id}
      className="ja-rate-seg"
      block
      aria-label={label}
      options={options}
      value={value ?? NONE}
      onChange={(v) => onChange(v === NONE ? null : v)}
    />
  );
}
