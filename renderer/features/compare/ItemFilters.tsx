import { Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type Comparison, type ItemKind } from '../../../shared/ops/compare';
import { kindsOf } from './filterItems';
import { attributeName } from './labels';
import { useCompare } from './store';

/** Kind, only significant, search, and the breakdown group when there is one. */
export function ItemFilters({ comparison: c, shown }: { comparison: Comparison; shown: number }) {
  const { t } = useTranslation();
  const filters = useCompare((s) => s.filters);
  const setFilters = useCompare((s) => s.setFilters);
  const kinds = kindsOf(c.items, ITEM_KINDS);
  const total = c.items.filter((i) => (filters.group === null ? i.group === null : filters.group === '*' || i.group === filters.group)).length;
  return (
    <div className="ja-cmp-filters" role="group" aria-label={t('compare.filters.label')}>
      <label className="ja-cmp-control">
        <span>{t('compare.filters.kind')}</span>
        <Select<ItemKind | 'all'>
          aria-label={t('compare.filters.kind')}
          className="ja-cmp-kind"
          value={filters.kind}
          popupMatchSelectWidth={false}
          options={[{ value: 'all', label: t('compare.filters.allKinds') }, ...kinds.map((k) => ({ value: k, label: t(`compare.kinds.${k}`) }))]}
          onChange={(kind) => setFilters({ kind })}
        />
      </label>
      {c.by ? (
        <label className="ja-cmp-control">
          <span>{attributeName(t, c.by)}</span>
          <Select<string>
            aria-label={t('compare.filters.group')}
            className="ja-cmp-group"
            value={filters.group ?? ''}
            popupMatchSelectWidth={false}
            options={[
              { value: '', label: t('compare.filters.wholeRound') },
              { value: '*', label: t('compare.filters.allGroups') },
              ...c.groups.map((g) => ({
                value: g.group,
                label: g.hidden ? `${g.group} · ${t('compare.table.hidden', { min: c.privacyMin })}` : `${g.group} · ${g.before} → ${g.after}`,
              })),
            ]}
            onChange={(v) => setFilters({ group: v === '' ? null : v })}
          />
        </label>
      ) : null}
      <label className="ja-cmp-control">
        <Switch checked={filters.significantOnly} onChange={(significantOnly) => setFilters({ significantOnly })} aria-label={t('compare.filters.significant')} size="small" />
        <span>{t('compare.filters.significant')}</span>
      </label>
      <Input.Search
        allowClear
        aria-label={t('compare.filters.search')}
        placeholder={t('compare.filters.searchPlaceholder')}
        className="ja-cmp-search"
        value={filters.search}
        onChange={(e) => setFilters({ search: e.target.value })}
      />
      <Typography.Text type="secondary" className="ja-cmp-shown" aria-live="polite">
        {t('compare.filters.shown', { shown, total })}
      </Typography.Text>
    </div>
  );
}
