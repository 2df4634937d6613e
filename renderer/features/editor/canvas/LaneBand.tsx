import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BandNode } from './types';

/** The background of one lane across all stages, in alternating fills. Not interactive. */
function LaneBandView({ data }: NodeProps<BandNode>) {
  return <div className={`ja-band ${data.index % 2 ? 'is-odd' : 'is-even'}`} aria-hidden />;
}

export const LaneBand = memo(LaneBandView);

/** The divider at the right of a stage column, through all lanes (plain borders paint cheaply). */
export const ColumnLine = memo(function ColumnLine() {
  return <div className="ja-column-line" aria-hidden />;
});

/** The top-left corner between the curve, the stage headers and the lane headers. */
export const Corner = memo(function Corner() {
  return <div className="ja-corner" aria-hidden />;
});
