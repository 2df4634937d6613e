import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the Surveys page says before there is anything to list. */
export function SurveysEmpty({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty
      className="ja-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{t('surveys.empty.title')}</Typography.Title>
          <Typography.Paragraph type="secondary" className="ja-empty-body">
            {t('surveys.empty.body')}
          </Typography.Paragraph>
        </>
      }
    >
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>
        {t('surveys.new')}
      </Button>
    </Empty>
  );
}
