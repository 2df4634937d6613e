import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../../shared/domain/journey';
import { PageHeader } from '../../../ui/PageHeader';
import { SCENE_COLORS, TIER_COLORS } from '../options';

interface Props {
  journey: JourneySummary;
  onEdit: () => void;
  /** More controls beside Edit (the editor's Map / Table switch). */
  extra?: ReactNode;
}

/** Name, scene, persona, tier and description of a journey, with its Edit button. */
export function JourneyHeader({ journey, onEdit, extra }: Props) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <PageHeader
        breadcrumb={<BackLink />}
        titleId="journey-title"
        title={<span className="ja-wrap">{journey.name}</span>}
        extra={
          <Space size={8}>
            {extra}
            <Button icon={<EditOutlined aria-hidden />} onClick={onEdit} aria-label={t('detail.editNamed', { name: journey.name })}>
              {t('detail.edit')}
            </Button>
          </Space>
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="ja-block ja-descriptions">
        <Descriptions.Item label={t('detail.scene')}>
          <Tag color={SCENE_COLORS[journey.scene]}>{t(`scenes.${journey.scene}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.persona')}>{journey.persona ? <span className="ja-wrap">{journey.persona}</span> : none}</Descriptions.Item>
        <Descriptions.Item label={t('detail.tier')}>
          {journey.customerTier ? <Tag color={TIER_COLORS[journey.customerTier]}>{t(`tiers.${journey.customerTier}`)}</Tag> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.description')} span={{ xs: 1, md: 3 }}>
          {journey.description ? (
            <Typography.Paragraph className="ja-wrap ja-description">{journey.description}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('detail.noDescription')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

export function BackLink() {
  const { t } = useTranslation();
  return (
    <a href="#/journeys" className="ja-back">
      <ArrowLeftOutlined aria-hidden /> {t('detail.back')}
    </a>
  );
}
