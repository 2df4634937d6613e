import { WarningOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain/survey/types';
import type { ItemSummary, QuestionSummary } from '../../../../shared/ops/surveys';
import { formatCount, formatNps, formatNumber, formatPercent } from '../format';
import { labelText, useLang } from '../lang';
import { OptionBars, ScaleBar, type Slice } from './Distribution';

const SMALL_SAMPLE = 30;

type GroupRow = ItemSummary & { group: string };

/** "3.8 (3.6–4.0)". */
export function meanText(t: TFunction, s: ItemSummary, locale: string): string {
  if (s.mean === null) return '—';
  if (!s.ci95) return formatNumber(s.mean, locale);
  return t('surveys.summary.meanValue', { mean: formatNumber(s.mean, locale), lo: formatNumber(s.ci95[0], locale), hi: formatNumber(s.ci95[1], locale) });
}

function Metric({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="ja-metric">
      <span className="ja-metric-label">{label}</span>
      <span className={strong ? 'ja-metric-value ja-metric-strong' : 'ja-metric-value'}>{value}</span>
    </div>
  );
}

interface Props {
  summary: QuestionSummary;
  question: Question | undefined;
  by: string | null;
  byLabel: string;
  privacyMin: number;
}

/** One question's result: n, mean with CI, top-2-box, NPS, distribution, and the breakdown by group. */
export const QuestionResult = memo(function QuestionResult({ summary: s, question, by, byLabel, privacyMin }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const lang = useLang();
  const numeric = s.type === 'likert' || s.type === 'nps' || s.type === 'number' || s.type === 'rank';
  const rank = s.type === 'rank';
  const scaled = s.type === 'likert' || s.type === 'nps';

  const slices: Slice[] = s.distribution.map((d) => ({
    value: d.value,
    count: d.count,
    label: question ? labelText(question.labels.find((l) => l.value === d.value), lang, d.value) || d.label : d.label,
  }));
  let min = s.type === 'nps' ? 0 : (question?.scaleMin ?? Math.min(...s.distribution.map((d) => d.value)));
  let max = s.type === 'nps' ? 10 : (question?.scaleMax ?? Math.max(...s.distribution.map((d) => d.value)));
  if (!Number.isFinite(min)) min = 1;
  if (!Number.isFinite(max)) max = 5;
  // A scale bar shows every point of the scale, also those nobody chose.
  const scaleSlices: Slice[] = [];
  if (scaled) {
    for (let v = min; v <= max; v++) {
      const found = slices.find((x) => x.value === v);
      scaleSlices.push(found ?? { value: v, count: 0, label: question ? labelText(question.labels.find((l) => l.value === v), lang, v) : String(v) });
    }
  }

  const groupColumns: ColumnsType<GroupRow> = [
    { key: 'group', title: byLabel, dataIndex: 'group', render: (g: string) => <span className="ja-wrap">{g}</span> },
    { key: 'n', title: t('surveys.summary.n'), width: 56, align: 'right', render: (_, g) => formatCount(g.n, locale) },
  ];
  const hiddenCell = (g: GroupRow) => (g.hidden ? { colSpan: 0 } : {});
  if (s.type !== 'text' && s.type !== 'single' && s.type !== 'multiple') {
    groupColumns.push({
      key: 'mean',
      title: t('surveys.summary.mean'),
      width: 120,
      align: 'right',
      onCell: (g) => (g.hidden ? { colSpan: scaled ? (s.type === 'nps' ? 3 : 2) : 1 } : {}),
      render: (_, g) => (g.hidden ? <Typography.Text type="secondary">{t('surveys.summary.hidden', { min: privacyMin })}</Typography.Text> : meanText(t, g, locale)),
    });
  }
  if (scaled) groupColumns.push({ key: 'top2', title: t('surveys.summary.top2'), width: 80, align: 'right', onCell: hiddenCell, render: (_, g) => formatPercent(g.top2, locale) });
  if (s.type === 'nps') groupColumns.push({ key: 'nps', title: t('surveys.summary.nps'), width: 52, align: 'right', onCell: hiddenCell, render: (_, g) => formatNps(g.nps, locale) });
  if (!numeric) {
    groupColumns[1] = {
      ...groupColumns[1]!,
      render: (_, g) => (g.hidden ? <Typography.Text type="secondary">{t('surveys.summary.hidden', { min: privacyMin })}</Typography.Text> : formatCount(g.n, locale)),
      width: 200,
    };
  }

  const small = !s.hidden && s.n > 0 && s.n < SMALL_SAMPLE && s.type !== 'text';
  // A code is a short name worth a heading of its own; without one the summary's label is the text, shortened.
  const heading = question?.code ? question.code : s.text;
  const groups =
    by && s.groups.length > 0 ? (
      <Table<GroupRow>
        className="ja-result-groups"
        aria-label={t('surveys.summary.groupsOf', { label: heading, by: byLabel })}
        rowKey="group"
        size="small"
        tableLayout="fixed"
        pagination={false}
        columns={groupColumns}
        dataSource={s.groups}
      />
    ) : null;
  return (
    <li className="ja-result">
      <div className="ja-result-head">
        <div className="ja-result-title">
          <Typography.Title level={3} className="ja-result-label ja-wrap">
            {heading}
          </Typography.Title>
          {question?.code ? <Typography.Text className="ja-wrap ja-result-text">{s.text}</Typography.Text> : null}
        </div>
        <Tag className="ja-result-type">{t(`surveys.typesShort.${s.type as 'likert'}`)}</Tag>
      </div>
      {s.hidden ? (
        <Typography.Text type="secondary">{t('surveys.summary.hidden', { min: privacyMin })}</Typography.Text>
      ) : (
        <div className="ja-result-body">
          <div className="ja-result-left">
            <div className="ja-result-metrics">
              <Metric label={t('surveys.summary.n')} value={formatCount(s.n, locale)} />
              {numeric ? <Metric label={t(rank ? 'surveys.summary.meanRank' : 'surveys.summary.mean')} value={meanText(t, s, locale)} strong /> : null}
              {rank ? <Metric label={t('surveys.summary.first')} value={formatPercent(s.first, locale)} /> : null}
              {scaled ? <Metric label={t('surveys.summary.top2')} value={formatPercent(s.top2, locale)} /> : null}
              {s.type === 'nps' ? <Metric label={t('surveys.summary.nps')} value={formatNps(s.nps, locale)} strong /> : null}
              {s.missing > 0 ? <Metric label={t('surveys.summary.missing')} value={formatCount(s.missing, locale)} /> : null}
              {s.otherTexts > 0 ? <Metric label={t('surveys.summary.otherTexts')} value={formatCount(s.otherTexts, locale)} /> : null}
              {s.unscored > 0 ? <Metric label={t('surveys.summary.unscored')} value={formatCount(s.unscored, locale)} /> : null}
              {s.outliers > 0 ? <Metric label={t('surveys.summary.outliers')} value={formatCount(s.outliers, locale)} /> : null}
            </div>
            {small ? (
              <Typography.Text type="warning" className="ja-result-small">
                <WarningOutlined aria-hidden /> {t('surveys.summary.smallSample')}
              </Typography.Text>
            ) : null}
            {groups}
            {s.writeIns.length > 0 ? (
              <div className="ja-result-writeins">
                <Typography.Text type="secondary">{t('surveys.summary.writeInsTitle', { count: s.otherTexts })}</Typography.Text>
                <ul>
                  {s.writeIns.map((w, i) => (
                    <li key={i} className="ja-wrap">
                      {w}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <div className="ja-result-dist">
            {s.type === 'text' ? (
              <Typography.Text type="secondary">{t('surveys.summary.textAnswers', { count: s.n })}</Typography.Text>
            ) : scaled ? (
              <ScaleBar question={s} slices={scaleSlices} min={min} max={max} />
            ) : (
              <OptionBars question={s} slices={slices} />
            )}
          </div>
        </div>
      )}
    </li>
  );
});
