import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PainRules } from '../../../../shared/domain/map/painpoints';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { formatNumber, formatPercent, reasonText } from '../format';
import { RatingChips } from '../RatingChips';

/** Why the point is flagged, and the workshop's ratings next to the latest survey result. */
export function Evidence({ detail, rules }: { detail: PainPointDetail; rules: PainRules }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const p = detail.point;
  const s = p.survey;
  return (
    <>
      <section aria-labelledby="pp-why" className="ja-pp-section">
        <Typography.Title level={3} id="pp-why" className="ja-pp-section-title">
          {t('painPoints.detail.why')}
        </Typography.Title>
        {p.reasons.length ? (
          <ul className="ja-pp-why">
            {p.reasons.map((r) => (
              <li key={r.kind}>{reasonText(t, r, rules, locale)}</li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('painPoints.reasons.none')}</Typography.Text>
        )}
      </section>
      <section aria-labelledby="pp-ratings" className="ja-pp-section">
        <Typography.Title level={3} id="pp-ratings" className="ja-pp-section-title">
          {t('painPoints.detail.ratings')}
        </Typography.Title>
        <Descriptions size="small" column={1} bordered className="ja-pp-evidence">
          <Descriptions.Item label={t('painPoints.detail.workshop')}>
            <span className="ja-pp-evidence-row">
              <RatingChips point={p} />
              <span>
                {t('painPoints.detail.transfers')}: <b>{p.transfers}</b>
              </span>
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('painPoints.detail.latestSurvey')}>
            {s ? (
              <span className="ja-pp-evidence-row">
                <span>
                  {t('painPoints.detail.surveyMean')}: <b>{s.mean === null ? '–' : `${formatNumber(s.mean, locale, 2)} / ${s.scale.max}`}</b>
                </span>
                <span>
                  {t('painPoints.detail.surveyTop2')}: <b>{s.top2 === null ? '–' : formatPercent(s.top2, locale)}</b>
                </span>
                <span>
                  {t('painPoints.detail.surveyN')}: <b>{s.n}</b>
                </span>
                <Typography.Text type="secondary">{t('painPoints.survey.source', { survey: s.survey, round: s.round })}</Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('painPoints.detail.noSurvey')}</Typography.Text>
            )}
          </Descriptions.Item>
          {p.quote ? <Descriptions.Item label={t('painPoints.detail.quote')}>“{p.quote}”</Descriptions.Item> : null}
        </Descriptions>
      </section>
    </>
  );
}
