import { QuestionCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Comparison, ComparisonItem, CompareSide } from '../../../shared/ops/compare';
import { ChangeArrow, DirectionTag } from './DirectionTag';
import { explainText } from './explain';
import { deltaDigits, formatCount, formatNumber, formatP, formatPercent, formatSigned, meanCiText } from './format';
import { ItemTitle } from './ItemTitle';

function Help({ title, children }: { title: string; children: ReactNode }) {
  return (
    <span className="ja-nowrap">
      {children}
      <Tooltip title={title}>
        <QuestionCircleOutlined className="ja-help" aria-label={title} />
      </Tooltip>
    </span>
  );
}

function SideCell({ t, side, locale }: { t: TFunction; side: CompareSide; locale: string }) {
  return (
    <div className="ja-cmp-side">
      <span className="ja-cmp-mean">{meanCiText(t, side, locale)}</span>
      <span className="ja-cmp-n">{t('compare.table.n', { n: formatCount(side.n, locale) })}</span>
    </div>
  );
}

const abs = (v: number | null) => (v === null ? -1 : Math.abs(v));
const orNull = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

/** The compared items' table columns. */
export function itemColumns(t: TFunction, c: Comparison, locale: string): ColumnsType<ComparisonItem> {
  const hidden = t('compare.table.hidden', { min: c.privacyMin });
  const hideCell = (i: ComparisonItem) => (i.hidden ? { colSpan: 0 } : {});
  const columns: ColumnsType<ComparisonItem> = [
    {
      key: 'kind',
      title: t('compare.table.kind'),
      width: 88,
      render: (_, i) => <Tag className="ja-cmp-kind-tag">{t(`compare.kinds.${i.kind}`)}</Tag>,
    },
    {
      key: 'item',
      title: t('compare.table.item'),
      render: (_, i) => (
        <div className="ja-cmp-item">
          <ItemTitle t={t} item={i} />
          {i.group !== null ? <Tag className="ja-cmp-group-tag">{i.group}</Tag> : null}
          {i.smallSample && !i.hidden ? (
            <Tooltip title={t('compare.table.smallHelp')}>
              <Typography.Text type="warning" className="ja-cmp-small">
                <WarningOutlined aria-hidden /> {t('compare.table.small')}
              </Typography.Text>
            </Tooltip>
          ) : null}
          <span className="ja-cmp-explain">{explainText(i, locale, c.privacyMin)}</span>
        </div>
      ),
    },
    {
      key: 'before',
      title: (
        <span className="ja-cmp-th">
          {t('compare.table.before')}
          <small>{t('compare.table.nMean')}</small>
        </span>
      ),
      width: 134,
      align: 'right',
      onCell: (i) => (i.hidden ? { colSpan: 6 } : {}),
      render: (_, i) => (i.hidden ? <Typography.Text type="secondary">{hidden}</Typography.Text> : <SideCell t={t} side={i.before} locale={locale} />),
    },
    {
      key: 'after',
      title: (
        <span className="ja-cmp-th">
          {t('compare.table.after')}
          <small>{t('compare.table.nMean')}</small>
        </span>
      ),
      width: 134,
      align: 'right',
      onCell: hideCell,
      render: (_, i) => <SideCell t={t} side={i.after} locale={locale} />,
    },
    {
      key: 'top2',
      title: t('compare.table.top2'),
      width: 100,
      align: 'right',
      onCell: hideCell,
      render: (_, i) =>
        i.measure === 'rank'
          ? `${t('compare.table.first')} ${formatPercent(i.before.first, locale)} → ${formatPercent(i.after.first, locale)}`
          : i.before.top2 === null && i.after.top2 === null
            ? '—'
            : `${formatPercent(i.before.top2, locale)} → ${formatPercent(i.after.top2, locale)}`,
    },
    {
      key: 'change',
      title: t('compare.table.change'),
      width: 92,
      align: 'right',
      onCell: hideCell,
      sorter: (a, b) => abs(a.delta) - abs(b.delta),
      render: (_, i) => (
        <span className="ja-cmp-change">
          <ChangeArrow delta={i.delta} direction={i.verdict} />
          {formatSigned(i.delta, locale, deltaDigits(i))}
          {i.measure === 'nps' ? <small className="ja-cmp-unit">{t('compare.table.npsPoints')}</small> : null}
        </span>
      ),
    },
    {
      key: 'pq',
      title: <Help title={t('compare.table.pqHelp', { alpha: formatNumber(c.alpha, locale, 2) })}>{t('compare.table.pq')}</Help>,
      width: 96,
      align: 'right',
      onCell: hideCell,
      sorter: (a, b) => orNull(a.q) - orNull(b.q),
      render: (_, i) => (
        <span className="ja-cmp-pq">
          <span>{formatP(i.p, locale)}</span>
          <span className="ja-cmp-q">{formatP(i.q, locale)}</span>
        </span>
      ),
    },
    {
      key: 'd',
      title: <Help title={t('compare.table.dHelp')}>{t('compare.table.d')}</Help>,
      width: 112,
      align: 'right',
      onCell: hideCell,
      render: (_, i) => formatSigned(i.cohenD, locale, 2),
    },
    {
      key: 'direction',
      title: t('compare.table.direction'),
      width: 132,
      render: (_, i) => <DirectionTag direction={i.hidden ? 'hidden' : i.verdict} />,
    },
  ];
  return columns;
}
