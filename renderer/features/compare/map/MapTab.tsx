import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mapOverlaySvg, OVERLAY_DIRECTIONS, touchpointChanges, type MapOverlayText } from '../../../../shared/domain/compare/map-overlay-svg';
import { cellCards } from '../../../../shared/domain/map/layout';
import type { Comparison } from '../../../../shared/ops/compare';
import { errorText } from '../../../i18n/errorText';
import { svgToPng } from '../../../lib/svg-to-png';
import { download, safeFileName } from '../../../ui/download';
import { JourneyPicker } from './JourneyPicker';
import { TouchpointTile } from './TouchpointTile';
import { useJourney } from './useJourney';

const MARK = { better: '▲', worse: '▼', unclear: '●', unmeasured: '○' } as const;

interface Props {
  comparison: Comparison;
  journeyId: string | null;
  onJourney(id: string): void;
}

/** The change on the journey map: stages × lanes, each touchpoint coloured by its direction, beside its workshop ratings. */
export function MapTab({ comparison: c, journeyId, onJourney }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { journey, error, loading } = useJourney(journeyId);
  const changes = useMemo(() => touchpointChanges(c.items), [c]);
  const legend = (d: (typeof OVERLAY_DIRECTIONS)[number]) => (d === 'unmeasured' ? t('compare.map.noItems') : t(`compare.direction.${d}`));
  const linked = journey ? journey.touchpoints.some((tp) => changes.has(tp.id)) : false;

  const overlaySvg = (): string | null => {
    if (!journey) return null;
    const words: MapOverlayText = {
      need: t('detail.factors.need'),
      convenience: t('detail.factors.convenience'),
      emotion: t('detail.factors.emotion'),
      transfers: (count) => t('compare.map.transfers', { count }),
      legend: { better: legend('better'), worse: legend('worse'), unclear: legend('unclear'), unmeasured: legend('unmeasured') },
      mixed: t('compare.map.mixed'),
    };
    return mapOverlaySvg(journey, c.items, words);
  };
  const fileName = journey ? safeFileName(`${journey.name} ${c.before.label} – ${c.after.label}`) : '';
  const saveSvg = () => {
    const svg = overlaySvg();
    if (svg) download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
  };
  const savePng = async () => {
    const svg = overlaySvg();
    if (!svg) return;
    try {
      download(await svgToPng(svg), `${fileName}.png`);
    } catch (e) {
      void message.error(t('compare.map.pngFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="ja-cmp-map">
      <div className="ja-cmp-toolbar">
        <JourneyPicker value={journeyId} onChange={onJourney} />
        <span className="ja-cmp-spacer" />
        <Button icon={<DownloadOutlined aria-hidden />} disabled={!journey} onClick={() => void savePng()}>
          {t('compare.map.png')}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} disabled={!journey} onClick={saveSvg}>
          {t('compare.map.svg')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary" className="ja-cmp-hint">
        {t('compare.map.defaultHint')}
      </Typography.Paragraph>
      <ul className="ja-cmp-legend" aria-label={t('compare.map.legend')}>
        {OVERLAY_DIRECTIONS.map((d) => (
          <li key={d} className={`ja-cmp-legend-${d}`}>
            <span className="ja-cmp-legend-swatch" aria-hidden>
              {MARK[d]}
            </span>
            {legend(d)}
          </li>
        ))}
      </ul>
      {error ? <Alert type="error" showIcon title={t('compare.map.loadFailed')} description={errorText(t, error)} /> : null}
      {!journeyId ? <Typography.Paragraph type="secondary">{t('compare.map.noJourneys')}</Typography.Paragraph> : null}
      {loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {journey && !linked ? <Alert type="info" showIcon title={t('compare.map.noLinks')} className="ja-block" /> : null}
      {journey ? (
        <div className="ja-cmp-grid-scroll">
          <div
            className="ja-cmp-grid"
            role="group"
            aria-label={t('compare.map.label', { name: journey.name })}
            style={{ gridTemplateColumns: `minmax(120px, 160px) repeat(${journey.stages.length}, minmax(200px, 1fr))` }}
          >
            <div className="ja-cmp-corner" />
            {journey.stages.map((s) => (
              <div key={s.id} className="ja-cmp-stage">
                {s.name}
              </div>
            ))}
            {journey.lanes.map((l) => (
              <div key={l.id} className="ja-cmp-lane-row">
                <div className="ja-cmp-lane">{l.name}</div>
                {journey.stages.map((s) => (
                  <div key={s.id} className="ja-cmp-cell">
                    {cellCards(journey, s.id, l.id).map((tp) => (
                      <TouchpointTile key={tp.id} tp={tp} change={changes.get(tp.id)} privacyMin={c.privacyMin} />
                    ))}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
