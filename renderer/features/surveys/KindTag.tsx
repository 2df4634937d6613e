import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyKind } from '../../../shared/domain/survey/types';

export const KIND_COLORS: Record<SurveyKind, string> = { internal: 'purple', external: 'blue' };

/** "Internal" / "External" as a coloured tag. */
export function KindTag({ kind }: { kind: SurveyKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`surveys.kinds.${kind}`)}</Tag>;
}
