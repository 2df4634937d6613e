import { Alert, Card, Spin, Tabs } from 'antd';
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRequest } from '../../../shared/ops/compare';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { navigate } from '../../app/router';
import { errorText } from '../../i18n/errorText';
import { useSurveys } from '../surveys';
import { useWorkspace } from '../workspace';
import './compare.css';
import { ExportBar } from './export/ExportBar';
import { Headline } from './Headline';
import { ItemsTable } from './ItemsTable';
import { mostLinkedJourney } from './map/defaultJourney';
import { useFirstJourney } from './map/JourneyPicker';
import { MapTab } from './map/MapTab';
import { Matching } from './Matching';
import { RoundPicker, type Picks } from './RoundPicker';
import { compareHref, DEFAULT_PRIVACY_MIN, rememberCompare, type CompareRoute, type CompareTab } from './routes';
import { useCompare } from './store';
import { VersionsTab } from './versions/VersionsTab';

// ECharts is the largest part of this page: its code loads when the charts are first shown.
const ChartsPanel = lazy(() => import('./charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

/** "Did the experience get better after our changes?": two rounds compared, as a table, charts, on the map; map versions; reports. */
export function ComparePage({ route }: { route: CompareRoute }) {
  const { t } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const surveys = useSurveys();
  const { comparison, loading, error, load, clear } = useCompare();
  const firstJourney = useFirstJourney();

  const picks: Picks = { before: route.before, after: route.after, by: route.by, min: route.min ?? DEFAULT_PRIVACY_MIN };
  const tab: CompareTab = route.tab ?? 'items';
  const ready = Boolean(route.before && route.after && route.before !== route.after);
  const request = useMemo<CompareRequest | null>(
    () => (ready ? { beforeRoundId: route.before!, afterRoundId: route.after!, by: route.by ?? null, privacyMin: route.min ?? DEFAULT_PRIVACY_MIN, alpha: 0.05 } : null),
    [ready, route.before, route.after, route.by, route.min],
  );

  useEffect(() => {
    void surveys.load();
    // The list is reloaded whenever the workspace changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);

  useEffect(() => {
    if (request) void load(request, generation);
    else clear();
  }, [request, generation, load, clear]);

  useEffect(() => rememberCompare(compareHref(route)), [route]);

  const go = (patch: Partial<CompareRoute>) => navigate(compareHref({ ...route, ...patch }));
  const shown = request ? comparison : null;
  const journeyId = route.journey ?? (shown ? mostLinkedJourney(shown.items) : null) ?? firstJourney;
  const noRounds = surveys.loaded && surveys.items.every((s) => s.rounds.length === 0);

  const needsComparison = (body: ReactNode) => {
    if (!ready) return <EmptyState title={t('compare.empty.pickTitle')} body={t('compare.empty.pickBody')} />;
    if (!shown) {
      return error ? null : (
        <div className="ja-cmp-loading">
          <Spin aria-label={t('compare.loading')} />
        </div>
      );
    }
    return body;
  };

  return (
    <article aria-labelledby="compare-title">
      <PageHeader titleId="compare-title" title={t('compare.title')} subtitle={t('compare.subtitle')} extra={shown && request ? <ExportBar request={request} journeyId={route.journey ?? null} /> : null} />

      {noRounds ? (
        <Card variant="borderless" className="ja-card">
          <EmptyState title={t('compare.empty.noRoundsTitle')} body={t('compare.empty.noRoundsBody')}>
            <a href="#/surveys">{t('compare.empty.goSurveys')}</a>
          </EmptyState>
        </Card>
      ) : (
        <Card variant="borderless" className="ja-card">
          <RoundPicker
            surveys={surveys.items}
            picks={picks}
            attributes={shown?.attributes ?? []}
            loading={loading || (!surveys.loaded && surveys.loading)}
            onChange={go}
          />
          {route.before && route.before === route.after ? <Alert type="warning" showIcon title={t('compare.picker.sameRound')} className="ja-cmp-alert" /> : null}
          {shown && shown.before.surveyId !== shown.after.surveyId ? <Matching comparison={shown} /> : null}
        </Card>
      )}

      {error && ready ? <Alert type="error" showIcon title={t('compare.loadFailed')} description={errorText(t, error)} className="ja-block" /> : null}
      {shown ? <Headline comparison={shown} /> : null}

      <Card variant="borderless" className="ja-card ja-cmp-tabs">
        <Tabs
          activeKey={tab}
          onChange={(key) => go({ tab: key as CompareTab })}
          aria-label={t('compare.tabs.label')}
          destroyOnHidden
          items={[
            { key: 'items', label: t('compare.tabs.items'), children: needsComparison(shown ? <ItemsTable comparison={shown} /> : null) },
            {
              key: 'charts',
              label: t('compare.tabs.charts'),
              children: needsComparison(
                shown ? (
                  <Suspense fallback={<Spin aria-label={t('compare.charts.loading')} />}>
                    <ChartsPanel comparison={shown} />
                  </Suspense>
                ) : null,
              ),
            },
            {
              key: 'map',
              label: t('compare.tabs.map'),
              children: needsComparison(shown ? <MapTab comparison={shown} journeyId={journeyId} onJourney={(journey) => go({ journey })} /> : null),
            },
            { key: 'versions', label: t('compare.tabs.versions'), children: <VersionsTab key={journeyId} journeyId={journeyId} onJourney={(journey) => go({ journey })} /> },
          ]}
        />
      </Card>
    </article>
  );
}
