import { Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TouchpointChange } from '../../../../shared/domain/compare/map-overlay-svg';
import type { Touchpoint } from '../../../../shared/domain/journey';
import { explainText } from '../explain';
import { formatNps, formatNumber, formatSigned } from '../format';
import { itemLabel } from '../labels';

const FACTORS = ['need', 'convenience', 'emotion'] as const;
const MARK = { better: '▲', worse: '▼', unclear: '●', unmeasured: '○' } as const;

function resultText(t: TFunction, change: TouchpointChange | undefined, locale: string): string {
  if (!change) return t('compare.map.noItems');
  const words = change.mixed ? t('compare.map.mixed') : change.direction === 'unmeasured' ? t('compare.map.noItems') : t(`compare.direction.${change.direction}`);
  return change.delta === null ? words : `${formatSigned(change.delta, locale, 2)} · ${words}`;
}

function Details({ change, locale, privacyMin }: { change: TouchpointChange; locale: string; privacyMin: number }) {
  const { t } = useTranslation();
  return (
    <ul className="ja-cmp-tip">
      {change.items.map((i) => {
        const nps = i.measure === 'nps';
        const before = nps ? formatNps(i.before.nps?.nps ?? null, locale) : formatNumber(i.before.mean, locale, 2);
        const after = nps ? formatNps(i.after.nps?.nps ?? null, locale) : formatNumber(i.after.mean, locale, 2);
        return (
          <li key={i.key}>
            <b>
              {t(`compare.kinds.${i.kind}`)} · {itemLabel(t, i)}
            </b>
            <span>
              {before} → {after} (n {i.before.n} → {i.after.n})
            </span>
            <span>{explainText(i, locale, privacyMin)}</span>
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  tp: Touchpoint;
  change: TouchpointChange | undefined;
  privacyMin: number;
}

/** A touchpoint on the overlay: coloured by what its survey items did, with its workshop ratings; the numbers on hover or focus. */
export const TouchpointTile = memo(function TouchpointTile({ tp, change, privacyMin }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const dir = change?.direction ?? 'unmeasured';
  const result = resultText(t, change, locale);
  const tile = (
    <div
      className={`ja-cmp-tile ja-cmp-tile-${dir}`}
      data-id={tp.id}
      data-direction={dir}
      tabIndex={0}
      role="group"
      aria-label={t('compare.map.touchpointName', { title: tp.title, result })}
    >
      <span className="ja-cmp-tile-title ja-wrap">{tp.title}</span>
      <span className="ja-cmp-tile-ratings" title={t('compare.map.workshop')}>
        {FACTORS.map((f) => (
          <span key={f} className={`ja-cmp-chip ja-rating-${tp[f] ?? 'none'}`} title={tp[f] === null ? t('detail.table.unrated') : t('detail.table.rating', { factor: t(`detail.factors.${f}`), value: tp[f] })}>
            <b>{t(`editor.rating.short.${f}`)}</b>
            {tp[f] ?? '–'}
          </span>
        ))}
        {tp.transfers > 0 ? <span className={`ja-cmp-transfers${tp.transfers >= 2 ? ' is-high' : ''}`}>⇄ {t('compare.map.transfers', { count: tp.transfers })}</span> : null}
      </span>
      <span className="ja-cmp-tile-result">
        <span aria-hidden>{MARK[dir]}</span> {result}
      </span>
    </div>
  );
  if (!change) return tile;
  return (
    <Tooltip title={<Details change={change} locale={locale} privacyMin={privacyMin} />} trigger={['hover', 'focus']} placement="right" classNames={{ root: 'ja-cmp-tip-overlay' }}>
      {tile}
    </Tooltip>
  );
});
