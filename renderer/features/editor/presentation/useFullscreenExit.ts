import { useEffect } from 'react';
import { stopPresentation, usePresentation } from './presentationStore';

/** Leaving full screen by the browser's own means (Esc, F11) ends the presentation too. */
export function useFullscreenExit(): void {
  useEffect(() => {
    let wasFull = false;
    const onChange = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full && usePresentation.getState().active) stopPresentation();
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      stopPresentation();
    };
  }, []);
}
