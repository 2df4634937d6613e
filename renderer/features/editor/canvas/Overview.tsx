import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { MiniMap } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPainPoint, type PainRules } from '../../../../shared/domain/map';
import { usePainRules } from '../../../lib/painRules';
import type { MapNode } from './types';

const KEY = 'journey-audit-overview';
const SIZE = { width: 286, height: 150 };

function miniColor(node: MapNode, rules: PainRules): string {
  switch (node.type) {
    case 'touchpoint':
      return isPainPoint(node.data.tp, rules) ? '#d55e00' : '#1f5fbf';
    case 'band':
      return node.data.index % 2 ? '#eef1f5' : '#f7f8fa';
    case 'stage':
    case 'lane':
      return '#c9d2e0';
    default:
      return 'transparent';
  }
}

/**
 * The map's overview, docked under the inspector rather than floating on the canvas, where it
 * hid cards. It can be folded away; the choice is remembered. It joins once the map itself is
 * on screen (it is secondary).
 */
export function Overview() {
  const { t } = useTranslation();
  const rules = usePainRules();
  const nodeColor = useCallback((node: MapNode) => miniColor(node, rules), [rules]);
  const [open, setOpen] = useState(() => localStorage.getItem(KEY) !== 'closed');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setReady(true), 300);
    return () => clearTimeout(id);
  }, []);
  const toggle = () => {
    localStorage.setItem(KEY, open ? 'closed' : 'open');
    setOpen(!open);
  };
  return (
    <section className="ja-overview" aria-label={t('editor.controls.minimap')}>
      <button type="button" className="ja-overview-toggle" aria-expanded={open} onClick={toggle}>
        {open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />} {t('editor.controls.overview')}
      </button>
      {open && ready ? (
        <MiniMap<MapNode> pannable zoomable nodeColor={nodeColor} nodeStrokeWidth={0} maskColor="rgba(31,35,41,0.08)" style={SIZE} />
      ) : null}
    </section>
  );
}
