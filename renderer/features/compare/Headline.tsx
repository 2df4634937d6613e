import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison, ComparisonItem } from '../../../shared/ops/compare';
import { DirectionTag } from './DirectionTag';
import { explainText } from './explain';
import { formatCount, formatNps, formatSigned } from './format';
import { itemLabel } from './labels';

/** The first 0–10 item of the whole round: the NPS the headline shows. */
export function headlineNps(c: Comparison): ComparisonItem | undefined {
  return c.items.find((i) => i.group === null && i.measure === 'nps');
}

/** Counts of better / worse / unclear items, and NPS before → after with its change and significance. */
export function Headline({ comparison: c }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const nps = headlineNps(c);
  const s = c.summary;
  const total = s.better + s.worse + s.changed + s.unclear + s.untested;
  // Changes of neutral questions get their own count only when there are any.
  const counts = [
    { key: 'better' as const, value: s.better },
    { key: 'worse' as const, value: s.worse },
    ...(s.changed > 0 ? [{ key: 'changed' as const, value: s.changed }] : []),
    { key: 'unclear' as const, value: s.unclear },
  ];
  return (
    <section className="ja-cmp-headline" aria-label={t('compare.headline.label')}>
      {counts.map(({ key, value }) => (
        <div key={key} className={`ja-cmp-count ja-cmp-count-${key}`} data-testid={`count-${key}`}>
          <DirectionTag direction={key} />
          <span className="ja-cmp-count-value">{formatCount(value, locale)}</span>
          <span className="ja-cmp-count-unit">{t('compare.headline.of', { total: formatCount(total, locale) })}</span>
        </div>
      ))}
      <div className="ja-cmp-nps" data-testid="headline-nps">
        <span className="ja-cmp-nps-title">
          {t('compare.headline.nps')}
          {nps && nps.label.trim().toUpperCase() !== 'NPS' ? <span className="ja-cmp-nps-item"> · {itemLabel(t, nps)}</span> : null}
        </span>
        {nps && !nps.hidden ? (
          <>
            <span className="ja-cmp-nps-values">
              {t('compare.headline.npsChange', { before: formatNps(nps.before.nps?.nps ?? null, locale), after: formatNps(nps.after.nps?.nps ?? null, locale) })}
              <span className="ja-cmp-nps-delta">({formatSigned(nps.delta, locale, 0)})</span>
              <DirectionTag direction={nps.verdict} />
            </span>
            <Typography.Text type="secondary" className="ja-cmp-explain">
              {explainText(nps, locale, c.privacyMin)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{nps ? t('compare.table.hidden', { min: c.privacyMin }) : t('compare.headline.npsNone')}</Typography.Text>
        )}
      </div>
      <Typography.Text type="secondary" className="ja-cmp-notes">
        {t('compare.headline.respondents', { before: formatCount(c.before.responses, locale), after: formatCount(c.after.responses, locale) })}
        {' · '}
        {t('compare.headline.notes', { hidden: s.hidden, small: s.small, untested: s.untested })}
      </Typography.Text>
    </section>
  );
}
