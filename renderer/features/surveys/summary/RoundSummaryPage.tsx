import { ArrowLeftOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, InputNumber, Result, Select, Skeleton, Spin, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppErrorData } from '../../../../shared/errors';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultTitle } from '../../../ui/ResultTitle';
import { useWorkspace } from '../../workspace';
import { surveyErrorText } from '../errors';
import { formatCount, formatDays } from '../format';
import { KIND_COLORS } from '../KindTag';
import { surveyHref } from '../routes';
import '../surveys.css';
import { QuestionResult } from './QuestionResult';
import { useRoundSummary } from './useRoundSummary';

const DEFAULT_PRIVACY_MIN = 5;
const KNOWN_ATTRIBUTES = ['department', 'tier', 'region'] as const;

/** A round's results: per question n, mean with CI, top-2-box, NPS and distribution, optionally by a respondent attribute. */
export function RoundSummaryPage({ surveyId, roundId }: { surveyId: string; roundId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const generation = useWorkspace((s) => s.generation);
  const [by, setBy] = useState<string | null>(null);
  const [privacyMin, setPrivacyMin] = useState(DEFAULT_PRIVACY_MIN);
  const { survey, summary, error, loading } = useRoundSummary(surveyId, roundId, by, privacyMin, generation);

  const attributeName = (name: string) => ((KNOWN_ATTRIBUTES as readonly string[]).includes(name) ? t(`surveys.wizard.attributes.${name as 'tier'}`) : name);
  const questions = useMemo(() => new Map(survey?.questions.map((q) => [q.id, q]) ?? []), [survey]);
  const round = survey?.rounds.find((r) => r.id === roundId);
  const back = (
    <a href={surveyHref({ name: 'survey', id: surveyId, tab: 'rounds' })} className="ja-back">
      <ArrowLeftOutlined aria-hidden /> {survey ? t('surveys.summary.back', { survey: survey.name }) : t('surveys.detail.back')}
    </a>
  );

  if (!summary && !error) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!summary || !survey || !round) {
    const notFound = (isAppErrorData(error) && error.code === 'not_found') || (survey !== null && !round);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<ResultTitle>{notFound ? t('surveys.summary.notFound') : surveyErrorText(t, error)}</ResultTitle>}
        extra={back}
      />
    );
  }

  const allHidden = summary.responses > 0 && summary.responses < summary.privacyMin;
  // Questions nobody answered in this round (added later, or filled in another round) are listed, not charted.
  const answered = summary.questions.filter((q) => q.n > 0 || q.hidden);
  const unanswered = summary.questions.filter((q) => q.n === 0 && !q.hidden);
  const byLabel = by ? attributeName(by) : '';

  return (
    <article aria-labelledby="round-title">
      <PageHeader
        breadcrumb={back}
        titleId="round-title"
        title={
          <span className="ja-title-with-tag">
            <span className="ja-wrap">{round.label}</span>
            <Tag color={KIND_COLORS[round.phase]}>{t(`surveys.kinds.${round.phase}`)}</Tag>
          </span>
        }
        subtitle={survey.name}
      />
      <Descriptions size="small" column={{ xs: 1, md: 4 }} className="ja-block ja-descriptions">
        <Descriptions.Item label={t('surveys.summary.survey')}>
          <a href={surveyHref({ name: 'survey', id: survey.id })} className="ja-wrap">
            {survey.name}
          </a>
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.summary.phase')}>{t(`surveys.kinds.${round.phase}`)}</Descriptions.Item>
        <Descriptions.Item label={t('surveys.summary.fieldDates')}>{formatDays(round.fieldStart, round.fieldEnd, locale) ?? t('surveys.rounds.noDates')}</Descriptions.Item>
        <Descriptions.Item label={t('surveys.summary.responses')}>
          <Typography.Text strong>{formatCount(summary.responses, locale)}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>

      <Card variant="borderless" className="ja-card ja-summary-controls">
        <div className="ja-summary-toolbar">
          <label className="ja-summary-control">
            <span>{t('surveys.summary.by')}</span>
            <Select<string>
              aria-label={t('surveys.summary.by')}
              className="ja-summary-by"
              value={by ?? ''}
              disabled={summary.attributes.length === 0 && !by}
              popupMatchSelectWidth={false}
              options={[
                { value: '', label: t('surveys.summary.byNone') },
                ...summary.attributes.map((a) => ({ value: a.name, label: t('surveys.summary.byOption', { name: attributeName(a.name), count: a.values }) })),
              ]}
              onChange={(v) => setBy(v || null)}
            />
          </label>
          <label className="ja-summary-control">
            <span>{t('surveys.summary.privacyMin')}</span>
            <InputNumber
              aria-label={t('surveys.summary.privacyMin')}
              min={1}
              max={1000}
              precision={0}
              value={privacyMin}
              className="ja-summary-privacy"
              onChange={(v) => typeof v === 'number' && v >= 1 && setPrivacyMin(v)}
            />
            <Tooltip title={t('surveys.summary.privacyHelp')}>
              <QuestionCircleOutlined className="ja-help" aria-label={t('surveys.summary.privacyHelp')} />
            </Tooltip>
          </label>
          {loading ? <Spin size="small" /> : null}
          {by && summary.groups.length > 0 ? (
            <div className="ja-summary-groups" aria-label={byLabel}>
              {summary.groups.map((g) => (
                <Tag key={g.group} color={g.hidden ? 'default' : 'blue'}>
                  {g.group} · {g.hidden ? t('surveys.summary.hidden', { min: summary.privacyMin }) : `n = ${formatCount(g.n, locale)}`}
                </Tag>
              ))}
            </div>
          ) : null}
        </div>
      </Card>

      {error ? <Alert type="error" showIcon title={t('surveys.summary.loadFailed')} description={surveyErrorText(t, error)} className="ja-block" /> : null}
      {summary.responses === 0 ? <Alert type="info" showIcon title={t('surveys.summary.noResponses')} className="ja-block" /> : null}
      {allHidden ? <Alert type="warning" showIcon title={t('surveys.summary.allHidden', { min: summary.privacyMin })} className="ja-block" /> : null}

      {summary.responses > 0 ? (
        <Card
          variant="borderless"
          className="ja-card"
          title={
            <Typography.Title level={2} className="ja-card-title" id="results-title">
              {t('surveys.summary.questions')}
            </Typography.Title>
          }
        >
          <ol className="ja-results" aria-labelledby="results-title">
            {answered.map((q) => (
              <QuestionResult key={q.questionId} summary={q} question={questions.get(q.questionId)} by={summary.by} byLabel={byLabel} privacyMin={summary.privacyMin} />
            ))}
          </ol>
          {unanswered.length > 0 ? (
            <div className="ja-unanswered">
              <Typography.Title level={3} className="ja-unanswered-title">
                {t('surveys.summary.unanswered', { count: unanswered.length })}
              </Typography.Title>
              <ul>
                {unanswered.map((q) => (
                  <li key={q.questionId}>
                    <Tooltip title={q.text}>
                      <span>{q.label}</span>
                    </Tooltip>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      ) : null}
    </article>
  );
}
