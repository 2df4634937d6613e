import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../shared/domain/painpoints/review';
import type { Cause } from '../../../shared/domain/painpoints/taxonomy';
import { causeOptions } from './causeOptions';
import { hasFilters, type Option } from './list';
import { NO_FILTERS, usePainPoints } from './store';

interface Props {
  journeys: Option[];
  departments: Option[];
  owners: Option[];
  shown: number;
  total: number;
}

/** Search and filters above the list; every control is labelled for screen readers and tests. */
export function FilterBar({ journeys, departments, owners, shown, total }: Props) {
  const { t } = useTranslation();
  const filters = usePainPoints((s) => s.filters);
  const setFilters = usePainPoints((s) => s.setFilters);
  const causes = useMemo(() => causeOptions(t), [t]);
  const statuses = useMemo(() => REVIEW_STATUSES.map((s) => ({ value: s, label: t(`painPoints.status.${s}`) })), [t]);
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 1, showSearch: { optionFilterProp: 'label' }, className: 'ja-pp-filter' };

  return (
    <div role="search" aria-label={t('painPoints.filters.label')} className="ja-pp-filters">
      <Flex gap={8} wrap align="center">
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          aria-label={t('painPoints.filters.search')}
          placeholder={t('painPoints.filters.searchPlaceholder')}
          value={filters.search}
          onChange={(e) => setFilters({ search: e.target.value })}
          className="ja-pp-search"
        />
        <Select
          {...multi}
          aria-label={t('painPoints.filters.journey')}
          placeholder={t('painPoints.filters.journeyPlaceholder')}
          options={journeys}
          value={filters.journeyIds}
          onChange={(journeyIds: string[]) => setFilters({ journeyIds })}
        />
        <Select
          {...multi}
          aria-label={t('painPoints.filters.department')}
          placeholder={t('painPoints.filters.departmentPlaceholder')}
          options={departments}
          value={filters.departmentIds}
          onChange={(departmentIds: string[]) => setFilters({ departmentIds })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('painPoints.filters.owner')}
          placeholder={t('painPoints.filters.ownerPlaceholder')}
          options={owners}
          value={filters.owner || undefined}
          onChange={(owner: string | undefined) => setFilters({ owner: owner ?? '' })}
          className="ja-pp-filter"
        />
        <Select
          {...multi}
          aria-label={t('painPoints.filters.cause')}
          placeholder={t('painPoints.filters.causePlaceholder')}
          options={causes}
          value={filters.causes}
          onChange={(c: Cause[]) => setFilters({ causes: c })}
        />
        <Select
          {...multi}
          aria-label={t('painPoints.filters.status')}
          placeholder={t('painPoints.filters.statusPlaceholder')}
          options={statuses}
          value={filters.statuses}
          onChange={(s: ReviewStatus[]) => setFilters({ statuses: s })}
        />
        <Button icon={<ClearOutlined aria-hidden />} disabled={!hasFilters(filters)} onClick={() => setFilters(NO_FILTERS)}>
          {t('painPoints.filters.reset')}
        </Button>
        <span className="ja-pp-count" role="status" aria-live="polite">
          {t('painPoints.filters.count', { shown, total })}
        </span>
      </Flex>
    </div>
  );
}
