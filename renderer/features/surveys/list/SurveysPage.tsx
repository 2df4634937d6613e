import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../../shared/domain/survey/types';
import { PageHeader } from '../../../ui/PageHeader';
import { useWorkspace } from '../../workspace';
import { surveyErrorText } from '../errors';
import { useSurveys } from '../store';
import '../surveys.css';
import { SurveyForm } from './SurveyForm';
import { SurveysEmpty } from './SurveysEmpty';
import { SurveyTable } from './SurveyTable';

/** The Surveys section: every survey of the workspace, with New, rename and delete. */
export function SurveysPage() {
  const { t } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const { items, loaded, loading, loadError, load } = useSurveys();
  const [editing, setEditing] = useState<SurveySummary | null>(null);
  const [formOpen, setFormOpen] = useState(false);

  useEffect(() => {
    void load();
  }, [load, generation]);

  const openForm = (survey: SurveySummary | null) => {
    setEditing(survey);
    setFormOpen(true);
  };
  const newButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => openForm(null)}>
      {t('surveys.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('surveys.title')} subtitle={t('surveys.subtitle')} extra={items.length > 0 ? newButton : null} />
      {loadError ? (
        <Alert
          type="error"
          showIcon
          title={t('surveys.loadFailed')}
          description={surveyErrorText(t, loadError)}
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
          <SurveysEmpty onCreate={() => openForm(null)} />
        ) : (
          <SurveyTable surveys={items} loading={loading && !loaded} onEdit={openForm} />
        )}
      </Card>
      <SurveyForm open={formOpen} survey={editing} onClose={() => setFormOpen(false)} />
    </>
  );
}
