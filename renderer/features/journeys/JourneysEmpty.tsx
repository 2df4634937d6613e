import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';

/** What the Journeys page says before there is anything to list. */
export function JourneysEmpty({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('journeys.empty.title')} body={t('journeys.empty.body')}>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>
        {t('journeys.new')}
      </Button>
    </EmptyState>
  );
}
