import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Drawer, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainRules } from '../../../../shared/domain/map/painpoints';
import { errorText } from '../../../i18n/errorText';
import { formatNumber } from '../format';
import { mapHref } from '../routes';
import { StatusTag } from '../StatusTag';
import { ActionsSection } from './ActionsSection';
import { CausesSection } from './CausesSection';
import { Evidence } from './Evidence';
import { ReachSection } from './ReachSection';
import { StoriesSection } from './StoriesSection';
import { useDetail } from './useDetail';

interface Props {
  touchpointId: string | null;
  generation: number;
  rules: PainRules;
  onClose(): void;
}

/** One pain point in full: why, evidence, causes, stories, actions, reach and cost; and the way to its map. */
export function DetailDrawer({ touchpointId, generation, rules, onClose }: Props) {
  const { t, i18n } = useTranslation();
  // While closing, the drawer keeps showing the point it showed.
  const [shown, setShown] = useState(touchpointId);
  if (touchpointId !== null && touchpointId !== shown) setShown(touchpointId);
  const { detail, error, run } = useDetail(shown, generation);
  const p = detail?.point;

  return (
    <Drawer
      open={touchpointId !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      closable={{ 'aria-label': t('painPoints.detail.close') }}
      title={p ? <span className="ja-pp-drawer-title">{p.title}</span> : t('painPoints.loading')}
      extra={
        p ? (
          <a href={mapHref(p.journeyId, p.touchpointId)} className="ja-pp-map-link">
            <EnvironmentOutlined aria-hidden /> {t('painPoints.detail.openMap')}
          </a>
        ) : null
      }
      className="ja-pp-drawer"
    >
      {error ? <Alert type="error" showIcon title={t('painPoints.detail.loadFailed')} description={errorText(t, error)} /> : null}
      {!detail && !error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {detail && p ? (
        <div key={p.touchpointId}>
          <Flex gap={8} wrap align="center" className="ja-pp-detail-head">
            <Typography.Text type="secondary">{t('painPoints.detail.where', { journey: p.journeyName, stage: p.stage, lane: p.lane })}</Typography.Text>
            <Space size={6} wrap>
              <Tag className="ja-pp-severity-tag">{t('painPoints.detail.severity', { value: formatNumber(p.severity, i18n.language) })}</Tag>
              <StatusTag status={p.status} />
              {!detail.flagged ? <Tag>{t('painPoints.detail.notFlagged')}</Tag> : null}
            </Space>
          </Flex>
          <Evidence detail={detail} rules={rules} />
          <CausesSection detail={detail} run={run} />
          <StoriesSection detail={detail} run={run} />
          <ActionsSection detail={detail} run={run} />
          <ReachSection detail={detail} run={run} />
        </div>
      ) : null}
    </Drawer>
  );
}
