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

/** The touchpoint with where it sits and who owns it: one cell, so the table fits the window. */
function TouchpointCell({ p, t }: { p: PainPoint; t: TFunction }) {
  const where = `${p.journeyName} · ${p.stage} · ${p.lane}`;
  const owner = `${p.departmentName ?? t('painPoints.columns.noDepartment')} · ${p.owner || t('painPoints.columns.noOwner')}`;
  return (
    <span className="ja-pp-where">
      <a href={painPointsHref(p.touchpointId)} className="ja-pp-title ja-wrap">
        {p.title}
      </a>
      <small className="ja-pp-line" title={where}>
        {where}
      </small>
      <small className="ja-pp-line" title={owner}>
        {owner}
      </small>
    </span>
  );
}

/** Why the rules flag the point, then the causes its review found. */
function ReasonsCell({ p, t, rules, locale }: { p: PainPoint; t: TFunction; rules: PainRules; locale: string }) {
  return (
    <>
      {p.reasons.length ? (
        <ul className="ja-pp-reasons">
          {p.reasons.map((r) => (
            <li key={r.kind}>{reasonText(t, r, rules, locale)}</li>
          ))}
        </ul>
      ) : (
        <span className="ja-pp-muted">{t('painPoints.detail.notFlagged')}</span>
      )}
      {p.causes.length ? (
        <span className="ja-pp-tags ja-pp-row-causes">
          <span className="ja-visually-hidden">{t('painPoints.columns.causes')}: </span>
          {p.causes.map((c) => {
            const text = t(`painPoints.causes.${c}`);
            return (
              <span key={c} className="ja-pp-tag" title={text}>
                {text}
              </span>
            );
          })}
        </span>
      ) : null}
    </>
  );
}

/** The pain-point table's columns: everything a department head scans a row for. */
export function painColumns({ t, locale, rules, rank, maxSeverity, sort }: ColumnContext): ColumnsType<PainPoint> {
  const chipLabels = makeChipLabels(t);
  return [
    {
      key: 'rank',
      title: t('painPoints.columns.rank'),
      width: 52,
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
      width: 110,
      fixed: 'left',
      sorter: true,
      sortOrder: orderOf(sort, 'severity'),
      sortDirections: ['descend', 'ascend'],
      render: (_, p) => <SeverityCell p={p} max={maxSeverity} t={t} locale={locale} />,
    },
    {
      key: 'title',
      title: t('painPoints.columns.touchpoint'),
      // Takes what the other columns leave, so the table fits the window instead of scrolling.
      minWidth: 180,
      sorter: true,
      sortOrder: orderOf(sort, 'title'),
      render: (_, p) => <TouchpointCell p={p} t={t} />,
    },
    {
      key: 'ratings',
      title: t('painPoints.columns.ratings'),
      width: 132,
      render: (_, p) => <Chips point={p} labels={chipLabels} />,
    },
    {
      key: 'transfers',
      title: t('painPoints.columns.transfers'),
      width: 84,
      align: 'right',
      render: (_, p) => <span className={p.transfers >= rules.minTransfers ? 'ja-pp-high' : undefined}>{p.transfers}</span>,
    },
    {
      key: 'reasons',
      title: t('painPoints.columns.reasons'),
      width: 190,
      render: (_, p) => <ReasonsCell p={p} t={t} rules={rules} locale={locale} />,
    },
    {
      key: 'money',
      title: t('painPoints.columns.money'),
      width: 108,
      align: 'right',
      sorter: true,
      sortOrder: orderOf(sort, 'money'),
      sortDirections: ['descend', 'ascend'],
      render: (_, p) => <span className="ja-pp-num">{formatMoney(p.moneyAtStake, locale)}</span>,
    },
    {
      key: 'status',
      title: t('painPoints.columns.status'),
      width: 120,
      render: (_, p) => (
        <span className="ja-pp-where">
          <StatusLabel status={p.status} text={t(`painPoints.status.${p.status}`)} />
          {p.actions.total > 0 ? <small>{t('painPoints.columns.open', { count: p.actions.open })}</small> : null}
          {p.actions.overdue > 0 ? <small className="ja-pp-overdue">{t('painPoints.columns.overdue', { count: p.actions.overdue })}</small> : null}
        </span>
      ),
    },
  ];
}

/** The narrowest the columns may get before the table scrolls sideways: below any 1280-wide window's frame. */
export const tableWidth = (columns: ColumnsType<PainPoint>): number =>
  columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : typeof c.minWidth === 'number' ? c.minWidth : 120), 0);
