import { BarChartOutlined, CheckCircleOutlined, DiffOutlined, FileTextOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Result, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';

export type ComingSection = 'pain-points' | 'surveys' | 'compare' | 'reports';

const SECTIONS: Record<ComingSection, { key: 'painPoints' | 'surveys' | 'compare' | 'reports'; icon: ReactNode }> = {
  'pain-points': { key: 'painPoints', icon: <WarningOutlined /> },
  surveys: { key: 'surveys', icon: <FileTextOutlined /> },
  compare: { key: 'compare', icon: <DiffOutlined /> },
  reports: { key: 'reports', icon: <BarChartOutlined /> },
};

/** A section that is planned but not built yet: says what it will do. */
export function ComingSoon({ section }: { section: ComingSection }) {
  const { t } = useTranslation();
  const { key, icon } = SECTIONS[section];
  const items = [t(`coming.${key}.item1`), t(`coming.${key}.item2`), t(`coming.${key}.item3`)];
  const name = t(`nav.${key}`);

  return (
    <Card variant="borderless" className="ja-coming">
      <Result
        icon={<span className="ja-coming-icon" aria-hidden>{icon}</span>}
        title={
          <Typography.Title level={1} className="ja-page-title ja-coming-title">
            {name} <Tag color="blue">{t('coming.badge')}</Tag>
          </Typography.Title>
        }
        subTitle={t(`coming.${key}.summary`)}
        extra={
          <Button type="primary" onClick={() => navigate('#/journeys')}>
            {t('coming.back')}
          </Button>
        }
      >
        <section aria-labelledby="coming-planned" className="ja-coming-planned">
          <Typography.Title level={5} id="coming-planned">
            {t('coming.planned')}
          </Typography.Title>
          <ul>
            {items.map((item) => (
              <li key={item}>
                <CheckCircleOutlined aria-hidden className="ja-coming-check" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </section>
      </Result>
    </Card>
  );
}
