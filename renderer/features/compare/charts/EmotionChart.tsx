import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../../shared/domain/journey';
import { EChart } from './EChart';
import { emotionHeight, emotionOption } from './emotion';

/** The emotion curve before and after, for a map-version comparison. Loaded on first use. */
export function EmotionChart({ before, after, beforeLabel, afterLabel }: { before: Journey; after: Journey; beforeLabel: string; afterLabel: string }) {
  const { t } = useTranslation();
  const title = t('compare.charts.emotion');
  const option = useMemo(() => emotionOption(before, after, { before: beforeLabel, after: afterLabel, axis: t('compare.charts.emotionAxis') }), [before, after, beforeLabel, afterLabel, t]);
  return <EChart title={title} help={t('compare.charts.emotionHelp')} option={option} height={emotionHeight()} fileName={`${after.name} ${beforeLabel} – ${afterLabel} ${title}`} />;
}
