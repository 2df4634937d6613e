import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loyaltyKept, totalTransfers } from '../../../../shared/domain/formulas';
import type { Journey } from '../../../../shared/domain/journey';
import { formatDecimal } from '../../../lib/format';
import { FACTORS, factorMeans } from './rows';

function Help({ text, label }: { text: string; label: string }) {
  return (
    <Tooltip title={text}>
      <InfoCircleOutlined className="ja-help" role="img" aria-label={label} tabIndex={0} />
    </Tooltip>
  );
}

function StatCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" variant="borderless" className="ja-stat-card">
      <Typography.Text type="secondary" className="ja-stat-title">
        {title}
      </Typography.Text>
      {children}
    </Card>
  );
}

/** Key figures of one journey: size, hand-offs, loyalty bound and factor means. */
export function JourneyStats({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const transfers = totalTransfers(journey.touchpoints);
  const percent = Math.round(loyaltyKept(transfers) * 100);
  const means = factorMeans(journey.touchpoints);
  const loyaltyHelp = t('detail.stats.loyaltyHelp', { transfers, percent });

  return (
    <Row gutter={[12, 12]} className="ja-block">
      <Col xs={12} md={6} xl={5}>
        <StatCard title={t('detail.stats.touchpoints')}>
          <Statistic value={journey.touchpoints.length} />
        </StatCard>
      </Col>
      <Col xs={12} md={6} xl={5}>
        <StatCard title={t('detail.stats.transfers')}>
          <Statistic value={transfers} />
        </StatCard>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <StatCard
          title={
            <>
              {t('detail.stats.loyalty')} <Help text={loyaltyHelp} label={loyaltyHelp} />
            </>
          }
        >
          <Statistic value={t('detail.stats.loyaltyValue', { percent })} className={percent < 60 ? 'ja-stat-warn' : undefined} />
        </StatCard>
      </Col>
      <Col xs={24} xl={8}>
        <StatCard
          title={
            <>
              {t('detail.stats.means')} <Help text={t('detail.stats.meansHelp')} label={t('detail.stats.meansHelp')} />
            </>
          }
        >
          <Flex gap={24} wrap className="ja-means">
            {FACTORS.map((f) => (
              <div key={f} className="ja-mean">
                <Typography.Text type="secondary">{t(`detail.factors.${f}`)}</Typography.Text>
                <div className="ja-mean-value" title={t('detail.stats.rated', { count: means[f].rated })}>
                  {formatDecimal(means[f].mean, i18n.language)}
                </div>
              </div>
            ))}
          </Flex>
        </StatCard>
      </Col>
    </Row>
  );
}
