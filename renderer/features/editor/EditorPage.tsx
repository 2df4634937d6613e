import { Result, Skeleton } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppErrorData } from '../../../shared/errors';
import { ResultTitle } from '../../ui/ResultTitle';
import { errorText } from '../../i18n/errorText';
import { BackLink, JourneyDetailPage } from '../journeys';
import { useWorkspace } from '../workspace';
import { EditorHeader, ViewSwitch, type View } from './EditorHeader';
import { LiveRating } from './workshop/LiveRating';
import { MapEditor } from './MapEditor';
import { flushActive } from './store/autosave';
import { rebuildCanvas } from './store/canvasStore';
import { loadJourney } from './store/docStore';
import { loadJourneyData } from './store/prefetch';

const VIEW_KEY = 'journey-audit-view';

type Load = { key: string } & ({ state: 'ready' } | { state: 'failed'; error: unknown });

/** `#/journeys/<id>`: the map editor, with the read-only table one click away. */
export function EditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const generation = useWorkspace((s) => s.generation);
  const [view, setView] = useState<View>(() => (sessionStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'map'));
  const [load, setLoad] = useState<Load | null>(null);
  // What is loaded must match what is asked for; anything else is still loading.
  const key = `${id}\u0000${generation}\u0000${view}`;

  useEffect(() => {
    if (view !== 'map') return;
    let live = true;
    performance.clearMarks('editor:load-start');
    performance.mark('editor:load-start');
    loadJourneyData(id).then(
      ([journey, departments]) => {
        if (!live) return;
        loadJourney(journey, departments);
        // Nodes ready before the canvas mounts: its first render is already the map.
        rebuildCanvas();
        setLoad({ key, state: 'ready' });
      },
      (error: unknown) => live && setLoad({ key, state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [id, generation, view, key]);

  const switchView = async (next: View) => {
    // The table reads the stored journey: save what is pending first.
    await flushActive();
    sessionStorage.setItem(VIEW_KEY, next);
    setView(next);
  };
  const viewSwitch = <ViewSwitch view={view} onChange={(v) => void switchView(v)} />;

  const loading = <Skeleton active paragraph={{ rows: 10 }} />;
  if (view === 'table') {
    return (
      <Suspense fallback={loading}>
        <JourneyDetailPage id={id} headerExtra={viewSwitch} />
      </Suspense>
    );
  }
  if (load?.key !== key) return loading;
  if (load.state === 'failed') {
    const notFound = isAppErrorData(load.error) && load.error.code === 'not_found';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<ResultTitle>{notFound ? t('detail.notFound') : errorText(t, load.error)}</ResultTitle>}
        extra={<BackLink />}
      />
    );
  }
  return (
    <article className="ja-editor-page" aria-labelledby="journey-title">
      <EditorHeader viewSwitch={viewSwitch} />
      <MapEditor journeyId={id} />
      <LiveRating journeyId={id} />
    </article>
  );
}
