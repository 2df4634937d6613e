import { ApiOutlined, DesktopOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneKind } from '../../../../shared/domain/journey';
import { selectHeader, useCanvas } from '../store/canvasStore';
import type { LaneNode } from './types';

export const KIND_ICONS: Record<LaneKind, React.ReactNode> = {
  customer: <UserOutlined aria-hidden />,
  department: <TeamOutlined aria-hidden />,
  system: <DesktopOutlined aria-hidden />,
  partner: <ApiOutlined aria-hidden />,
};

/** A lane's header at the left: colour stripe, name, kind (or department) and card count. */
function LaneHeaderView({ data }: NodeProps<LaneNode>) {
  const { t } = useTranslation();
  const { lane, count, department } = data;
  const selected = useCanvas((s) => s.header?.kind === 'lane' && s.header.id === lane.id);
  const kind = t(`editor.laneKinds.${lane.kind}`);
  const sub = department && department !== lane.name ? department : kind;
  return (
    <button
      type="button"
      className={`ja-lane-head nodrag${selected ? ' is-selected' : ''}`}
      style={{ '--lane-color': lane.color ?? '#8a94a6' } as CSSProperties}
      aria-label={t('editor.lane.aria', { name: lane.name, kind: sub, count })}
      aria-pressed={selected}
      onClick={() => selectHeader({ kind: 'lane', id: lane.id })}
    >
      <span className="ja-lane-head-name">{lane.name}</span>
      <span className="ja-lane-head-kind" aria-hidden>
        {KIND_ICONS[lane.kind]} <span>{sub}</span>
      </span>
      <span className="ja-lane-head-count" aria-hidden>
        {t('editor.lane.count', { count })}
      </span>
    </button>
  );
}

export const LaneHeader = memo(LaneHeaderView);
