import { useNodesInitialized } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/**
 * Sets `performance.mark('editor:interactive')` once the journey's map is first on screen with
 * its nodes measured (after the next paint), and measures from the editor's load start.
 */
export function InteractiveMark({ hasNodes }: { hasNodes: boolean }) {
  const initialized = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !initialized || !hasNodes) return;
    done.current = true;
    // Two frames: the first lets React Flow measure the rendered nodes, the second draws the flows.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('editor:interactive');
        if (performance.getEntriesByName('editor:load-start', 'mark').length) {
          performance.measure('editor:open', 'editor:load-start', 'editor:interactive');
        }
      }),
    );
  }, [initialized, hasNodes]);
  return null;
}
