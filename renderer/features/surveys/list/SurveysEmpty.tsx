import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';

/** What the Surveys page says before there is anything to list. */
export function SurveysEmpty({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('surveys.empty.title')} body={t('surveys.empty.body')}>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>
        {t('surveys.new')}
      </Button>
    </EmptyState>
  );
}
