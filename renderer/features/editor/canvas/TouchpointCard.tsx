import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { painReasons } from '../../../../shared/domain/map';
import { OpenActionsBadge } from '../review/OpenActionsBadge';
import { usePainRules } from '../../../lib/painRules';
import { PainMarker } from './PainMarker';
import { cardStrings, FACTORS, useLanguage } from './strings';
import type { TouchpointNode } from './types';

/**
 * A touchpoint card: channel, title (up to three lines, wraps CJK cleanly), the three ratings
 * (colour-blind-safe scale, "–" when unrated), the transfer badge and the pain-point marker.
 * Sized by the layout (232 × 118); the type is large and bold enough to read at 50% zoom.
 * React Flow's wrapper carries data-id and the accessible name (the title). Kept lean: a map
 * can hold hundreds of these.
 */
function TouchpointCardView({ data, selected }: NodeProps<TouchpointNode>) {
  useLanguage();
  const s = cardStrings();
  const { tp } = data;
  const rules = usePainRules();
  const reasons = useMemo(() => painReasons(tp, rules), [tp, rules]);
  const pain = reasons.length > 0;
  return (
    <div className={`ja-tp${selected ? ' is-selected' : ''}${pain ? ' is-pain' : ''}`}>
      {/* Pointer-only affordances: a flow is drawn with the mouse; the handles carry no name of their own. */}
      <Handle type="target" position={Position.Left} className="ja-handle ja-handle-target" aria-hidden />
      <div className="ja-tp-top">
        <span className="ja-tp-channel">{s.channel[tp.channel]}</span>
        <span className="ja-tp-badges">
          {tp.transfers > 0 ? (
            <span className={`ja-tp-transfers${tp.transfers >= 2 ? ' is-high' : ''}`} title={s.transfers(tp.transfers)} aria-hidden>
              ⇄ {tp.transfers}
            </span>
          ) : null}
          {pain ? <PainMarker reasons={reasons} rules={rules} /> : null}
          <OpenActionsBadge touchpointId={tp.id} />
        </span>
      </div>
      <div className="ja-tp-title">
        <span className="ja-tp-title-text">{tp.title}</span>
      </div>
      <div className="ja-tp-ratings" aria-hidden>
        {FACTORS.map((f) => (
          <span key={f} className={`ja-chip ja-rating-${tp[f] ?? 'none'}`} title={s.rating(f, tp[f])}>
            <b>{s.short[f]}</b>
            {tp[f] ?? '–'}
          </span>
        ))}
      </div>
      <Handle type="source" position={Position.Right} className="ja-handle" aria-hidden title={s.source} />
    </div>
  );
}

export const TouchpointCard = memo(TouchpointCardView);
