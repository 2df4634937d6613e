import { useEffect, useRef } from 'react';
import { gotoStage, stepStage, stopPresentation, usePresentation } from '../presentation/presentationStore';
import { select, useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';
import { COMMANDS } from './commands';
import { dialogOpen, isTyping, matches } from './shortcuts';
import type { CommandContext } from './types';

const PRESENT_KEYS: Record<string, () => void> = {
  ArrowLeft: () => stepStage(-1),
  ArrowRight: () => stepStage(1),
  PageUp: () => stepStage(-1),
  PageDown: () => stepStage(1),
  ' ': () => stepStage(1),
  Home: () => gotoStage(0),
  End: () => gotoStage(useDoc.getState().stages.length - 1),
  Escape: stopPresentation,
};

/** The editor's keyboard: runs the command whose shortcut matches, unless the user is typing. */
export function useShortcuts(ctx: CommandContext): void {
  const ref = useRef(ctx);
  useEffect(() => {
    ref.current = ctx;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || dialogOpen()) return;
      const presenting = usePresentation.getState().active;
      if (presenting && PRESENT_KEYS[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        PRESENT_KEYS[e.key]!();
        return;
      }
      if (!presenting && e.key === 'Escape') {
        const s = useCanvas.getState();
        if (s.touchpoints.size || s.flows.size || s.header) select([]);
        return;
      }
      for (const command of COMMANDS) {
        if (!command.shortcuts.some((s) => matches(s, e))) continue;
        if (presenting && !command.presenting) return;
        if (command.enabled && !command.enabled()) return;
        e.preventDefault();
        command.run(ref.current);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
