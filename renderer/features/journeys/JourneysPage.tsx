import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../shared/domain/journey';
import { PageHeader } from '../../ui/PageHeader';
import { errorText } from '../../i18n/errorText';
import { useOpenedOnce } from '../../lib/useOpenedOnce';
import { useWorkspace } from '../workspace';
import { JourneysEmpty } from './JourneysEmpty';
import { JourneyTable } from './JourneyTable';
import { useJourneys } from './store';

// The form (with the journey templates) loads the first time it opens.
const JourneyForm = lazy(() => import('./JourneyForm').then((m) => ({ default: m.JourneyForm })));

type Editing = { journey: JourneySummary | null } | null;

export function JourneysPage() {
  const { t } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const { items, loaded, loading, loadError, load } = useJourneys();
  const [editing, setEditing] = useState<Editing>(null);
  const [formOpen, setFormOpen] = useState(false);
  const formUsed = useOpenedOnce(formOpen);

  useEffect(() => {
    void load();
  }, [load, generation]);

  const openForm = (journey: JourneySummary | null) => {
    setEditing({ journey });
    setFormOpen(true);
  };
  const newButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => openForm(null)}>
      {t('journeys.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('journeys.title')} subtitle={t('journeys.subtitle')} extra={items.length > 0 ? newButton : null} />
      {loadError ? (
        <Alert
          type="error"
          showIcon
          title={t('journeys.loadFailed')}
          description={errorText(t, loadError)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => void load()}>
              {t('common.retry')}
            </Button>
          }
          className="ja-block"
        />
      ) : null}
      <Card variant="borderless" className="ja-card">
        {loaded && items.length === 0 ? (
          <JourneysEmpty onCreate={() => openForm(null)} />
        ) : (
          <JourneyTable journeys={items} loading={loading && !loaded} onEdit={openForm} />
        )}
      </Card>
      {formUsed ? (
        <Suspense fallback={null}>
          <JourneyForm open={formOpen} journey={editing?.journey ?? null} onClose={() => setFormOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
