import { useReactFlow } from '@xyflow/react';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';
import type { FlowEdge, MapNode } from '../canvas/types';
import type { ExportKind } from '../commands/types';
import { useDoc } from '../store/docStore';
import { download, safeFileName } from '../../../ui/download';
import { renderMap } from './image';
import { mapFileBlob } from './json';

/** Runs an export with progress and error feedback; the file is named after the journey. */
export function useExport(): (kind: ExportKind) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rf = useReactFlow<MapNode, FlowEdge>();
  return useCallback(
    (kind: ExportKind) => {
      const key = 'ja-export';
      void message.open({ key, type: 'loading', content: t('editor.export.working'), duration: 0 });
      const run = async () => {
        const name = safeFileName(useDoc.getState().journey?.name ?? 'journey');
        if (kind === 'json') {
          const { blob } = await mapFileBlob();
          download(blob, `${name}.journey.json`);
        } else {
          const canvas = document.querySelector<HTMLElement>('[data-testid="journey-canvas"]');
          if (!canvas) throw new Error('The map is not on screen');
          download(await renderMap(rf, kind, canvas), `${name}.${kind}`);
        }
      };
      run().then(
        () => void message.open({ key, type: 'success', content: t('editor.export.done'), duration: 2 }),
        (error: unknown) => void message.open({ key, type: 'error', content: errorText(t, error), duration: 6 }),
      );
    },
    [message, rf, t],
  );
}
