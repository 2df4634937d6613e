import { QuestionCircleOutlined } from '@ant-design/icons';
import { Spin, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapComparison } from '../../../../shared/ops/journeys';
import { formatNumber, formatPercent, formatSigned } from '../format';
import type { VersionResult } from './useVersions';

const EmotionChart = lazy(() => import('../charts/EmotionChart').then((m) => ({ default: m.EmotionChart })));

type Row = MapComparison['touchpoints'][number];
type State = NonNullable<Row['before']>;
const FACTORS = ['need', 'convenience', 'emotion'] as const;
const STATUS_COLORS = { added: 'blue', removed: 'orange', changed: 'purple', same: 'default' } as const;

function ValuePair({ before, after, digits = 0 }: { before: number | null | undefined; after: number | null | undefined; digits?: number }) {
  const { i18n } = useTranslation();
  const fmt = (v: number | null | undefined) => (v === undefined ? '' : formatNumber(v, i18n.language, digits));
  const changed = before !== after && before !== undefined && after !== undefined;
  return (
    <span className={changed ? 'ja-cmp-pair is-changed' : 'ja-cmp-pair'}>
      {before !== undefined ? fmt(before) : '·'} → {after !== undefined ? fmt(after) : '·'}
    </span>
  );
}

/** Totals, the touchpoints before → after, and the emotion curve of two versions of a journey. */
export function VersionResultView({ result, beforeLabel, afterLabel }: { result: VersionResult; beforeLabel: string; afterLabel: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [onlyChanged, setOnlyChanged] = useState(true);
  const c = result.comparison;
  const rows = useMemo(() => (onlyChanged ? c.touchpoints.filter((r) => r.status !== 'same') : c.touchpoints), [c, onlyChanged]);

  const totals = [
    { key: 'touchpoints', label: t('compare.versions.touchpoints'), b: c.before.touchpoints, a: c.after.touchpoints, digits: 0 },
    { key: 'transfers', label: t('compare.versions.transfers'), b: c.before.transfers, a: c.after.transfers, digits: 0 },
    { key: 'painPoints', label: t('compare.versions.painPoints'), b: c.before.painPoints, a: c.after.painPoints, digits: 0 },
    ...FACTORS.map((f) => ({ key: f, label: t('compare.versions.mean', { factor: t(`detail.factors.${f}`) }), b: c.before[f], a: c.after[f], digits: 2 })),
  ];
  const loyalty = (v: number) => t('compare.versions.loyaltyValue', { percent: formatPercent(v, locale).replace(/\s?%$/, '') });

  const side = (s: State | null, f: keyof State) => (s ? s[f] : undefined);
  const columns: ColumnsType<Row> = [
    { key: 'title', title: t('compare.versions.touchpoint'), render: (_, r) => <span className="ja-wrap">{r.title}</span> },
    {
      key: 'place',
      title: t('compare.versions.stage'),
      width: 200,
      render: (_, r) => {
        const s = r.after ?? r.before;
        return s ? <span className="ja-wrap">{`${s.stage} · ${s.lane}`}</span> : null;
      },
    },
    { key: 'status', title: t('compare.versions.status'), width: 100, render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`compare.versions.statuses.${r.status}`)}</Tag> },
    ...FACTORS.map((f) => ({
      key: f,
      title: t(`detail.factors.${f}`),
      width: 124,
      align: 'center' as const,
      render: (_: unknown, r: Row) => <ValuePair before={side(r.before, f) as number | null | undefined} after={side(r.after, f) as number | null | undefined} />,
    })),
    {
      key: 'transfers',
      title: t('compare.versions.transfers'),
      width: 110,
      align: 'center',
      render: (_, r) => <ValuePair before={side(r.before, 'transfers') as number | undefined} after={side(r.after, 'transfers') as number | undefined} />,
    },
  ];

  return (
    <div className="ja-cmp-versions-result">
      <Typography.Title level={3} className="ja-cmp-subtitle">
        {t('compare.versions.totals')}
      </Typography.Title>
      <table className="ja-cmp-totals" aria-label={t('compare.versions.totals')}>
        <thead>
          <tr>
            <th scope="col">{t('compare.versions.measure')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">{t('compare.versions.change')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatNumber(r.b, locale, r.digits)}</td>
              <td>{formatNumber(r.a, locale, r.digits)}</td>
              <td>{r.a !== null && r.b !== null ? formatSigned(r.a - r.b, locale, r.digits) : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              {t('compare.versions.loyalty')}
              <Tooltip title={t('compare.versions.loyaltyHelp')}>
                <QuestionCircleOutlined className="ja-help" aria-label={t('compare.versions.loyaltyHelp')} />
              </Tooltip>
            </th>
            <td>{loyalty(c.before.loyaltyKept)}</td>
            <td>{loyalty(c.after.loyaltyKept)}</td>
            <td>{t('compare.versions.pp', { value: formatSigned((c.after.loyaltyKept - c.before.loyaltyKept) * 100, locale, 0) })}</td>
          </tr>
        </tbody>
      </table>

      <div className="ja-cmp-toolbar">
        <Typography.Title level={3} className="ja-cmp-subtitle">
          {t('compare.versions.table')}
        </Typography.Title>
        <span className="ja-cmp-spacer" />
        <label className="ja-cmp-control">
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label={t('compare.versions.onlyChanged')} />
          <span>{t('compare.versions.onlyChanged')}</span>
        </label>
      </div>
      <Table<Row>
        className="ja-cmp-table"
        aria-label={t('compare.versions.table')}
        rowKey="id"
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 960 }}
      />
      <Suspense fallback={<Spin />}>
        <EmotionChart before={result.before} after={result.after} beforeLabel={beforeLabel} afterLabel={afterLabel} />
      </Suspense>
    </div>
  );
}
