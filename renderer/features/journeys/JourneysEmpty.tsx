import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the Journeys page says before there is anything to list. */
export function JourneysEmpty({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty
      className="ja-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{t('journeys.empty.title')}</Typography.Title>
          <Typography.Paragraph type="secondary" className="ja-empty-body">
            {t('journeys.empty.body')}
          </Typography.Paragraph>
        </>
      }
    >
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>
        {t('journeys.new')}
      </Button>
    </Empty>
  );
}
