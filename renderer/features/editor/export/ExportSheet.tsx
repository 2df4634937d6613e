import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';

/** Flow pixels between the sheet's heading and the map below it. */
export const SHEET_GAP = 24;

const WARNING = (
  <svg viewBox="64 64 896 896" width="1em" height="1em" fill="#d55e00" aria-hidden focusable="false">
    <path d="M955.7 856l-416-720c-6.2-10.7-16.9-16-27.7-16s-21.6 5.3-27.7 16l-416 720C56 877.4 71.4 904 96 904h832c24.6 0 40-26.6 27.7-48zM480 416c0-4.4 3.6-8 8-8h48c4.4 0 8 3.6 8 8v184c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V416zm32 352a48.01 48.01 0 010-96 48.01 48.01 0 010 96z" />
  </svg>
);

/**
 * The heading of an exported picture: the journey's name, its persona and a legend of what
 * the colours and marks mean, drawn above the map (only while an image is being made), so a
 * picture passed around after the workshop still explains itself.
 */
export function ExportSheet() {
  const { t } = useTranslation();
  const on = useCanvas((s) => s.sheet);
  const width = useCanvas((s) => s.layout.width);
  const journey = useDoc((s) => s.journey);
  if (!on || !journey) return null;
  const short = (f: 'need' | 'convenience' | 'emotion') => t(`editor.rating.short.${f}`);
  return (
    <ViewportPortal>
      <div className="ja-export-sheet" style={{ width: Math.max(width, 720), transform: 'translateY(-100%)', paddingBottom: SHEET_GAP }}>
        <div className="ja-export-title">{journey.name}</div>
        {journey.persona ? (
          <div className="ja-export-persona">
            {t('detail.persona')}: {journey.persona}
          </div>
        ) : null}
        <div className="ja-export-legend">
          <b>{t('editor.legend.title')}</b>
          <span>
            {[1, 2, 3, 4, 5].map((v) => (
              <span key={v} className={`ja-chip ja-rating-${v}`}>
                {v}
              </span>
            ))}{' '}
            {t('editor.legend.ratings', { need: short('need'), convenience: short('convenience'), emotion: short('emotion') })}
          </span>
          <span>
            <span className="ja-chip ja-rating-none">–</span> {t('editor.legend.unrated')}
          </span>
          <span>
            <span className="ja-export-mark">{WARNING}</span> {t('editor.legend.pain')}
          </span>
          <span>
            <span className="ja-tp-transfers is-high">⇄ 2</span> {t('editor.legend.transfers')}
          </span>
          <span>
            <span className="ja-export-handoff" /> {t('editor.legend.handoff')}
          </span>
          <span>
            <span className="ja-export-low" /> {t('editor.legend.low')}
          </span>
        </div>
      </div>
    </ViewportPortal>
  );
}
