import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { oneDecimal } from '../stats/format';
import { loyaltyPercent, LOYALTY_WARN } from '../stats/loyalty';
import { selectHeader, useCanvas } from '../store/canvasStore';
import type { StageNode } from './types';

/** A stage column's header: its name and mini figures (mean N/C/E, transfers, loyalty bound). */
function StageHeaderView({ data }: NodeProps<StageNode>) {
  const { t, i18n } = useTranslation();
  const { stage, figures: f } = data;
  const selected = useCanvas((s) => s.header?.kind === 'stage' && s.header.id === stage.id);
  const num = (v: number | null) => oneDecimal(v, i18n.language);
  const summary = t('editor.stage.summary', {
    name: stage.name,
    count: f.touchpoints,
    need: num(f.need),
    convenience: num(f.convenience),
    emotion: num(f.emotion),
    transfers: f.transfers,
    percent: loyaltyPercent(f.loyalty),
  });
  return (
    <button
      type="button"
      className={`ja-stage-head nodrag${selected ? ' is-selected' : ''}`}
      style={{ '--stage-color': stage.color ?? '#1f5fbf' } as React.CSSProperties}
      aria-label={summary}
      aria-pressed={selected}
      onClick={() => selectHeader({ kind: 'stage', id: stage.id })}
    >
      <span className="ja-stage-head-name">
        <span className="ja-stage-index" aria-hidden>
          {data.index + 1}
        </span>
        <span className="ja-stage-head-text">{stage.name}</span>
      </span>
      <span className="ja-stage-head-figs" aria-hidden>
        <span title={t('detail.factors.need')}>
          {t('editor.rating.short.need')} <b>{num(f.need)}</b>
        </span>
        <span title={t('detail.factors.convenience')}>
          {t('editor.rating.short.convenience')} <b>{num(f.convenience)}</b>
        </span>
        <span title={t('detail.factors.emotion')}>
          {t('editor.rating.short.emotion')} <b>{num(f.emotion)}</b>
        </span>
        <span title={t('detail.stats.transfers')}>
          ⇄ <b>{f.transfers}</b>
        </span>
        <span className={f.loyalty < LOYALTY_WARN ? 'is-warn' : undefined} title={t('editor.stats.loyaltyHelp')}>
          {t('editor.stage.loyalty', { percent: loyaltyPercent(f.loyalty) })}
        </span>
      </span>
    </button>
  );
}

export const StageHeader = memo(StageHeaderView);
