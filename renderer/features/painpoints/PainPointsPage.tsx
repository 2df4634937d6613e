import { Alert, Card, Flex } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAIN_RULES } from '../../../shared/domain/map/painpoints';
import { filterPainPoints } from '../../../shared/domain/painpoints/review';
import type { Department } from '../../../shared/domain/journey';
import { api } from '../../api/client';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { navigate } from '../../app/router';
import { errorText } from '../../i18n/errorText';
import { useWorkspace } from '../workspace';
import { DetailDrawer } from './detail/DetailDrawer';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { filterOptions, sortPoints } from './list';
import { MyDepartment } from './MyDepartment';
import { PainTable } from './PainTable';
import { RulesButton } from './RulesButton';
import './painpoints.css';
import { painPointsHref, type PainPointsRoute } from './routes';
import { usePainPoints } from './store';

function useDepartments(generation: number): Department[] {
  const [state, setState] = useState<Department[]>([]);
  useEffect(() => {
    let live = true;
    api['departments.list']({}).then(
      (list) => live && setState(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [generation]);
  return state;
}

/** `#/pain-points`: what is broken, where, why — and whether the fix worked; `?tp=` opens one point. */
export function PainPointsPage({ route }: { route: PainPointsRoute }) {
  const { t, i18n } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const points = usePainPoints((s) => s.points);
  const rules = usePainPoints((s) => s.rules);
  const loadedFor = usePainPoints((s) => s.loadedFor);
  const error = usePainPoints((s) => s.error);
  const load = usePainPoints((s) => s.load);
  const sort = usePainPoints((s) => s.sort);
  // Applied at once, not deferred: a deferred list would wait out the filter controls' own animations.
  const filters = usePainPoints((s) => s.filters);
  const departments = useDepartments(generation);

  useEffect(() => {
    void load(generation);
  }, [generation, load]);

  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const rank = useMemo(() => new Map(points.map((p, i) => [p.touchpointId, i + 1])), [points]);
  const maxSeverity = points[0]?.severity ?? 0;
  const options = useMemo(() => filterOptions(points, collator), [points, collator]);
  const departmentOptions = useMemo(
    () => (departments.length ? departments.map((d) => ({ value: d.id, label: d.name })).sort((a, b) => collator.compare(a.label, b.label)) : options.departments),
    [departments, options.departments, collator],
  );
  const filtered = useMemo(() => filterPainPoints(points, filters), [points, filters]);
  const rows = useMemo(() => sortPoints(filtered, sort, collator), [filtered, sort, collator]);
  const ids = useMemo(() => rows.map((p) => p.touchpointId), [rows]);

  const loaded = loadedFor === generation;
  const shownRules = rules ?? DEFAULT_PAIN_RULES;

  return (
    <article aria-labelledby="painpoints-title" className="ja-pp-page">
      <PageHeader
        titleId="painpoints-title"
        title={t('painPoints.title')}
        subtitle={t('painPoints.subtitle')}
        extra={
          <Flex gap={8}>
            <RulesButton rules={rules} onSaved={() => void load(generation)} />
            <ExportButton touchpointIds={ids} />
          </Flex>
        }
      />
      {error ? <Alert type="error" showIcon title={t('painPoints.loadFailed')} description={errorText(t, error)} className="ja-block" /> : null}
      {loaded && points.length === 0 ? (
        <Card variant="borderless" className="ja-card">
          <EmptyState title={t('painPoints.empty.title')} body={t('painPoints.empty.body')}>
            <a href="#/journeys">{t('painPoints.empty.goJourneys')}</a>
          </EmptyState>
        </Card>
      ) : (
        // The frame is drawn while the list loads, so its arrival only fills in the rows.
        <>
          <MyDepartment points={points} departments={departments} />
          <Card variant="borderless" className="ja-card">
            <FilterBar journeys={options.journeys} departments={departmentOptions} owners={options.owners} shown={rows.length} total={points.length} />
            <PainTable rows={rows} loading={!loaded && !error} rank={rank} maxSeverity={maxSeverity} rules={shownRules} filters={filters} emptyText={t(loaded ? 'painPoints.empty.filtered' : 'painPoints.loading')} />
          </Card>
        </>
      )}
      <DetailDrawer touchpointId={route.tp ?? null} generation={generation} rules={shownRules} onClose={() => navigate(painPointsHref())} />
    </article>
  );
}
