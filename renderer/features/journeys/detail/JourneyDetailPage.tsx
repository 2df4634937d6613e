import { Card, Result, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppErrorData } from '../../../../shared/errors';
import { ResultTitle } from '../../../ui/ResultTitle';
import { errorText } from '../../../i18n/errorText';
import { JourneyForm } from '../JourneyForm';
import { BackLink, JourneyHeader } from './JourneyHeader';
import { JourneyStats } from './JourneyStats';
import { TouchpointTable } from './TouchpointTable';
import { useJourneyDetail } from './useJourneyDetail';

/** One journey: what it is, its key figures, and its touchpoints. */
export function JourneyDetailPage({ id, headerExtra }: { id: string; headerExtra?: ReactNode }) {
  const { t } = useTranslation();
  const { journey, error, loaded, applySummary } = useJourneyDetail(id);
  const [editing, setEditing] = useState(false);

  if (!loaded) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!journey) {
    const notFound = isAppErrorData(error) && error.code === 'not_found';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<ResultTitle>{notFound ? t('detail.notFound') : errorText(t, error)}</ResultTitle>}
        extra={<BackLink />}
      />
    );
  }

  return (
    <article aria-labelledby="journey-title">
      <JourneyHeader journey={journey} onEdit={() => setEditing(true)} extra={headerExtra} />
      <JourneyStats journey={journey} />
      <Card
        variant="borderless"
        className="ja-card"
        title={
          <Typography.Title level={2} className="ja-card-title" id="touchpoints-title">
            {t('detail.table.label')}
          </Typography.Title>
        }
      >
        <section aria-labelledby="touchpoints-title">
          <TouchpointTable journey={journey} />
        </section>
      </Card>
      <JourneyForm
        open={editing}
        journey={journey}
        onClose={(saved) => {
          setEditing(false);
          if (saved) applySummary(saved);
        }}
      />
    </article>
  );
}
