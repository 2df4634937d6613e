import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas/canvas.css';
import './presentation/presentation.css';
import { App } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapFocus } from './review/MapFocus';
import { MapCanvas } from './canvas/MapCanvas';
import { Overview } from './canvas/Overview';
import type { FlowEdge, MapNode } from './canvas/types';
import { HelpPanel } from './commands/HelpPanel';
import { Toolbar } from './commands/Toolbar';
import type { CommandContext } from './commands/types';
import { useShortcuts } from './commands/useShortcuts';
import './editor.css';
import { ImportControl } from './export/ImportControl';
import { useExport } from './export/useExport';
import { Inspector } from './inspector/Inspector';
import { PresentationBar } from './presentation/PresentationBar';
import { usePresentation } from './presentation/presentationStore';
import { useFullscreenExit } from './presentation/useFullscreenExit';
import { SaveDialogs } from './SaveDialogs';
import { StatsStrip } from './stats/StatsStrip';
import { startAutosave } from './store/autosave';
import { connectCanvas } from './store/canvasStore';

function EditorBody() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const rf = useReactFlow<MapNode, FlowEdge>();
  const exportAs = useExport();
  const [helpOpen, setHelpOpen] = useState(false);
  const importRef = useRef<HTMLInputElement>(null);
  const presenting = usePresentation((s) => s.active);
  useFullscreenExit();

  const ctx = useMemo<CommandContext>(
    () => ({ rf, t, modal, exportAs, openHelp: () => setHelpOpen(true), openImport: () => importRef.current?.click() }),
    [rf, t, modal, exportAs],
  );
  useShortcuts(ctx);

  return (
    <div className="ja-editor">
      {presenting ? null : (
        <>
          <Toolbar ctx={ctx} />
          <StatsStrip />
        </>
      )}
      <div
        className={`ja-editor-stage${presenting ? ' is-presenting' : ''}`}
        role={presenting ? 'region' : undefined}
        aria-label={presenting ? t('editor.present.region') : undefined}
      >
        <MapCanvas />
        {presenting ? (
          <PresentationBar />
        ) : (
          <div className="ja-side">
            <Inspector />
            <Overview />
          </div>
        )}
      </div>
      <ImportControl ref={importRef} />
      <HelpPanel open={helpOpen} onClose={() => setHelpOpen(false)} />
      <SaveDialogs />
    </div>
  );
}

/** The journey map editor for the journey already loaded into the document store. */
export function MapEditor({ journeyId }: { journeyId: string }) {
  useEffect(() => {
    const disconnect = connectCanvas();
    const autosave = startAutosave(journeyId);
    return () => {
      // stop() takes the current document before anything else can replace it.
      void autosave.stop();
      disconnect();
    };
  }, [journeyId]);
  return (
    <ReactFlowProvider>
      <EditorBody />
      <MapFocus journeyId={journeyId} />
    </ReactFlowProvider>
  );
}
