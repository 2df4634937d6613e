import { QuestionCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import type { PainRules } from '../../../shared/domain/map/painpoints';
import { SEVERITY_WEIGHTS } from '../../../shared/domain/painpoints/severity';
import type { PainPoint } from '../../../shared/ops/painpoints';
import { formatMoney, formatNumber, reasonText } from './format';
import { Chips, chipLabels as makeChipLabels } from './RatingChips';
import { painPointsHref } from './routes';
import type { Sort, SortKey } from './store';
import { StatusLabel } from './StatusTag';

export interface ColumnContext {
  t: TFunction;
  locale: string;
  rules: PainRules;
  rank: ReadonlyMap<string, number>;
  maxSeverity: number;
  sort: Sort;
}

const orderOf = (sort: Sort, key: SortKey): SortOrder => (sort.key === key ? sort.order : null);

function SeverityParts({ p, t, locale }: { p: PainPoint; t: TFunction; locale: string }) {
  const keys = Object.keys(SEVERITY_WEIGHTS) as (keyof typeof SEVERITY_WEIGHTS)[];
  return (
    <div className="ja-pp-severity-parts">
      <div>{t('painPoints.columns.severityParts.title', { value: formatNumber(p.severity, locale) })}</div>
      <table>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`painPoints.columns.severityParts.${k}`)}</th>
              <td>{t('painPoints.columns.severityParts.of', { points: formatNumber(p.severityParts[k], locale), max: SEVERITY_WEIGHTS[k] })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SeverityCell({ p, max, t, locale }: { p: PainPoint; max: number; t: TFunction; locale: string }) {
  const value = p.severity;
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <Tooltip title={<SeverityParts p={p} t={t} locale={locale} />}>
      <div className="ja-pp-severity" tabIndex={0} data-testid="severity-cell">
        <span className="ja-pp-severity-value">{formatNumber(value, locale)}</span>
        <span className="ja-pp-bar" aria-hidden>
          <span style={{ width: `${Math.max(4, share * 100)}%` }} />
        </span>
      </div>
    </Tooltip>
  );
}

function SurveyCell({ p, t, locale }: { p: PainPoint; t: TFunction; locale: string }) {
  const s = p.survey;
  if (!s) return <span className="ja-pp-muted">{t('painPoints.survey.none')}</span>;
  const parts = [
    s.mean !== null ? t('painPoints.survey.mean', { mean: formatNumber(s.mean, locale, 2), max: s.scale.max }) : null,
    s.top2 !== null ? t('painPoints.survey.top2', { percent: formatNumber(s.top2 * 100, locale) }) : null,
  ].filter(Boolean);
  return (
    <Tooltip title={t('painPoints.survey.source', { survey: s.survey, round: s.round })}>
      <span className="ja-pp-survey" tabIndex={0}>
        {parts.join(' · ')}
        <small>{t('painPoints.survey.n', { n: s.n })}</small>
      </span>
    </Tooltip>
  );
}

/** The pain-point table's columns: everything a department head scans a row for. */
export function painColumns({ t, locale, rules, rank, maxSeverity, sort }: ColumnContext): ColumnsType<PainPoint> {
  const chipLabels = makeChipLabels(t);
  return [
    {
      key: 'rank',
      title: t('painPoints.columns.rank'),
      width: 56,
      fixed: 'left',
      align: 'right',
      render: (_, p) => <span className="ja-pp-rank">{rank.get(p.touchpointId) ?? ''}</span>,
    },
    {
      key: 'severity',
      title: (
        <span className="ja-pp-nowrap">
          {t('painPoints.columns.severity')}{' '}
          <Tooltip title={t('painPoints.columns.severityHelp')}>
            <QuestionCircleOutlined className="ja-help" aria-label={t('painPoints.columns.severityHelp')} />
          </Tooltip>
        </span>
      ),
      width: 116,
      fixed: 'left',
      sorter: true,
      sortOrder: orderOf(sort, 'severity'),
      sortDirections: ['descend', 'ascend'],
      render: (_, p) => <SeverityCell p={p} max={maxSeverity} t={t} locale={locale} />,
    },
    {
      key: 'title',
      title: t('painPoints.columns.touchpoint'),
      width: 200,
      fixed: 'left',
      sorter: true,
      sortOrder: orderOf(sort, 'title'),
      render: (_, p) => (
        <a href={painPointsHref(p.touchpointId)} className="ja-pp-title ja-wrap">
          {p.title}
        </a>
      ),
    },
    {
      key: 'where',
      title: t('painPoints.columns.where'),
      width: 190,
      render: (_, p) => (
        <span className="ja-pp-where ja-wrap">
          <span>{p.journeyName}</span>
          <small>
            {p.stage} · {p.lane}
          </small>
        </span>
      ),
    },
    {
      key: 'owner',
      title: t('painPoints.columns.owner'),
      width: 140,
      render: (_, p) => (
        <span className="ja-pp-where ja-wrap">
          <span>{p.departmentName ?? <span className="ja-pp-muted">{t('painPoints.columns.noDepartment')}</span>}</span>
          <small>{p.owner || t('painPoints.columns.noOwner')}</small>
        </span>
      ),
    },
    {
      key: 'ratings',
      title: t('painPoints.columns.ratings'),
      width: 140,
      render: (_, p) => <Chips point={p} labels={chipLabels} />,
    },
    {
      key: 'transfers',
      title: t('painPoints.columns.transfers'),
      width: 90,
      align: 'right',
      render: (_, p) => <span className={p.transfers >= rules.minTransfers ? 'ja-pp-high' : undefined}>{p.transfers}</span>,
    },
    {
      key: 'reasons',
      title: t('painPoints.columns.reasons'),
      width: 220,
      render: (_, p) =>
        p.reasons.length ? (
          <ul className="ja-pp-reasons">
            {p.reasons.map((r) => (
              <li key={r.kind}>{reasonText(t, r, rules, locale)}</li>
            ))}
          </ul>
        ) : (
          <span className="ja-pp-muted">{t('painPoints.detail.notFlagged')}</span>
        ),
    },
    {
      key: 'survey',
      title: t('painPoints.columns.survey'),
      width: 130,
      render: (_, p) => <SurveyCell p={p} t={t} locale={locale} />,
    },
    {
      key: 'money',
      title: t('painPoints.columns.money'),
      width: 124,
      align: 'right',
      sorter: true,
      sortOrder: orderOf(sort, 'money'),
      sortDirections: ['descend', 'ascend'],
      render: (_, p) => <span className="ja-pp-num">{formatMoney(p.moneyAtStake, locale)}</span>,
    },
    {
      key: 'causes',
      title: t('painPoints.columns.causes'),
      width: 180,
      render: (_, p) => (
        <span className="ja-pp-tags">
          {p.causes.map((c) => (
            <span key={c} className="ja-pp-tag">
              {t(`painPoints.causes.${c}`)}
            </span>
          ))}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('painPoints.columns.status'),
      width: 120,
      render: (_, p) => <StatusLabel status={p.status} text={t(`painPoints.status.${p.status}`)} />,
    },
    {
      key: 'actions',
      title: t('painPoints.columns.actions'),
      width: 110,
      render: (_, p) =>
        p.actions.total === 0 ? (
          <span className="ja-pp-muted">{t('painPoints.columns.noActions')}</span>
        ) : (
          <span className="ja-pp-where">
            <span>{t('painPoints.columns.open', { count: p.actions.open })}</span>
            {p.actions.overdue > 0 ? <small className="ja-pp-overdue">{t('painPoints.columns.overdue', { count: p.actions.overdue })}</small> : null}
          </span>
        ),
    },
  ];
}

/** Total width of the columns, for the table's horizontal scroll. */
export const tableWidth = (columns: ColumnsType<PainPoint>): number => columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0);
