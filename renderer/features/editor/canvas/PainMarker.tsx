import { Tooltip } from 'antd';
import { useState } from 'react';
import type { PainReason, PainRules } from '../../../../shared/domain/map';
import { cardStrings } from './strings';

/** antd's WarningFilled as a plain element: no icon component per card. */
const WARNING = (
  <svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" aria-hidden focusable="false">
    <path d="M955.7 856l-416-720c-6.2-10.7-16.9-16-27.7-16s-21.6 5.3-27.7 16l-416 720C56 877.4 71.4 904 96 904h832c24.6 0 40-26.6 27.7-48zM480 416c0-4.4 3.6-8 8-8h48c4.4 0 8 3.6 8 8v184c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V416zm32 352a48.01 48.01 0 010-96 48.01 48.01 0 010 96z" />
  </svg>
);

/**
 * The ⚠ on a card whose pain-point rules fire: its accessible name lists the reasons, and a
 * tooltip shows them. The tooltip is only mounted once pointed at or focused — a map can
 * have a hundred of these.
 */
export function PainMarker({ reasons, rules }: { reasons: PainReason[]; rules: PainRules }) {
  const [armed, setArmed] = useState(false);
  const strings = cardStrings();
  const texts = reasons.map((r) => strings.reason(r, rules));
  const title = strings.painTitle;
  const marker = (
    <span
      className="ja-tp-pain"
      role="img"
      tabIndex={-1}
      aria-label={`${title}: ${texts.join('; ')}`}
      onPointerEnter={() => setArmed(true)}
      onFocus={() => setArmed(true)}
    >
      {WARNING}
    </span>
  );
  if (!armed) return marker;
  return (
    <Tooltip
      defaultOpen
      title={
        <div>
          <strong>{title}</strong>
          <ul className="ja-pain-list">
            {texts.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      }
    >
      {marker}
    </Tooltip>
  );
}
