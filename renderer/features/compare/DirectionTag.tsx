import { ArrowDownOutlined, ArrowUpOutlined, EyeInvisibleOutlined, MinusOutlined, QuestionOutlined, SwapOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTION_COLOR } from '../../../shared/domain/compare/charts';
import type { Verdict } from '../../../shared/ops/compare';

export type Shown = Verdict | 'hidden';

const ICONS: Record<Shown, ReactNode> = {
  better: <ArrowUpOutlined aria-hidden />,
  worse: <ArrowDownOutlined aria-hidden />,
  changed: <SwapOutlined aria-hidden />,
  unclear: <MinusOutlined aria-hidden />,
  untested: <QuestionOutlined aria-hidden />,
  hidden: <EyeInvisibleOutlined aria-hidden />,
};

/** Colours of the directions on charts and the map: blue better, orange worse, purple a change of a neutral item, grey otherwise (Okabe–Ito, colour-blind safe). */
export const DIRECTION_COLORS: Record<Shown, string> = { ...DIRECTION_COLOR, hidden: DIRECTION_COLOR.untested };

/** Better / worse / no clear change: colour, icon and words, so colour is never the only cue. */
export function DirectionTag({ direction }: { direction: Shown }) {
  const { t } = useTranslation();
  return (
    <span className={`ja-dir ja-dir-${direction}`}>
      {ICONS[direction]}
      <span>{t(`compare.direction.${direction}`)}</span>
    </span>
  );
}

/** The arrow of a change: its way by the sign, its colour by the verdict (grey unless the change is real). */
export function ChangeArrow({ delta, direction }: { delta: number | null; direction: Shown }) {
  const icon = delta === null || delta === 0 ? ICONS.unclear : delta > 0 ? ICONS.better : ICONS.worse;
  return <span className={`ja-dir-arrow ja-dir-arrow-${direction}`}>{icon}</span>;
}
