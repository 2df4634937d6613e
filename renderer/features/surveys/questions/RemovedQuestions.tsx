import { Button, Collapse, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useSurveyDetail } from '../detail/store';
import { undoRemoval } from './undoRemoval';

/** Questions removed with their answers, each of which can be put back with its answers. */
export function RemovedQuestions() {
  const { t, i18n } = useTranslation();
  const survey = useSurveyDetail((s) => s.survey);
  const [busy, setBusy] = useState<string | null>(null);
  const removed = survey?.removedQuestions ?? [];
  if (!survey || removed.length === 0) return null;

  const restore = async (id: string) => {
    setBusy(id);
    await undoRemoval(survey.id, [id]);
    setBusy(null);
  };

  return (
    <Collapse
      className="ja-q-removed"
      size="small"
      items={[
        {
          key: 'removed',
          label: t('conflict.removed.listTitle', { count: removed.length }),
          children: (
            <List
              size="small"
              dataSource={removed}
              renderItem={(q) => (
                <List.Item
                  actions={[
                    <Button key="restore" size="small" loading={busy === q.id} aria-label={t('conflict.removed.restoreNamed', { title: q.text })} onClick={() => void restore(q.id)}>
                      {t('conflict.removed.restore')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={<span className="ja-wrap">{q.code ? `${q.code} · ${q.text}` : q.text}</span>}
                    description={<Typography.Text type="secondary">{t('conflict.removed.item', { count: q.answers, time: formatDateTime(q.removedAt, i18n.language) })}</Typography.Text>}
                  />
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
