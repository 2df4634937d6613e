import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppErrorData } from '../../../../shared/errors';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultTitle } from '../../../ui/ResultTitle';
import { navigate } from '../../../app/router';
import { useWorkspace } from '../../workspace';
import { surveyErrorText } from '../errors';
import { KindTag } from '../KindTag';
import { SurveyForm } from '../list/SurveyForm';
import { QuestionsTab } from '../questions/QuestionsTab';
import { RoundsTab } from '../rounds/RoundsTab';
import { type SurveyTab, surveyHref } from '../routes';
import '../surveys.css';
import { useSurveyDetail } from './store';

export function BackToSurveys() {
  const { t } = useTranslation();
  return (
    <a href="#/surveys" className="ja-back">
      <ArrowLeftOutlined aria-hidden /> {t('surveys.detail.back')}
    </a>
  );
}

/** One survey: its questions and its rounds. */
export function SurveyPage({ id, tab = 'questions' }: { id: string; tab?: SurveyTab }) {
  const { t } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const { survey, loaded, error, load, applySummary } = useSurveyDetail();
  const current = useSurveyDetail((s) => s.id);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void load(id);
  }, [load, id, generation]);

  if (current !== id || (!loaded && !survey)) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!survey) {
    const notFound = isAppErrorData(error) && error.code === 'not_found';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<ResultTitle>{notFound ? t('surveys.detail.notFound') : surveyErrorText(t, error)}</ResultTitle>}
        extra={<BackToSurveys />}
      />
    );
  }

  return (
    <article aria-labelledby="survey-title">
      <PageHeader
        breadcrumb={<BackToSurveys />}
        titleId="survey-title"
        title={
          <span className="ja-title-with-tag">
            <span className="ja-wrap">{survey.name}</span>
            <KindTag kind={survey.kind} />
          </span>
        }
        subtitle={survey.description ? <span className="ja-wrap ja-pre">{survey.description}</span> : t('surveys.detail.noDescription')}
        extra={
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)} aria-label={t('surveys.detail.editNamed', { name: survey.name })}>
            {t('surveys.detail.edit')}
          </Button>
        }
      />
      <Card variant="borderless" className="ja-card ja-survey-tabs">
        <Tabs
          activeKey={tab}
          aria-label={t('surveys.detail.tabs')}
          onChange={(key) => navigate(surveyHref({ name: 'survey', id, ...(key === 'rounds' ? { tab: 'rounds' } : {}) }))}
          items={[
            { key: 'questions', label: t('surveys.detail.questionsTab', { count: survey.questions.length }), children: <QuestionsTab /> },
            { key: 'rounds', label: t('surveys.detail.roundsTab', { count: survey.rounds.length }), children: <RoundsTab survey={survey} /> },
          ]}
        />
      </Card>
      <SurveyForm
        open={editing}
        survey={survey}
        onClose={(saved) => {
          setEditing(false);
          if (saved) applySummary(saved);
        }}
      />
      {error ? (
        <Typography.Text type="danger" role="alert">
          {surveyErrorText(t, error)}
        </Typography.Text>
      ) : null}
    </article>
  );
}
