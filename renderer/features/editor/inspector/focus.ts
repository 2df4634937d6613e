import { useEffect, type RefObject } from 'react';
import type { InputRef } from 'antd';
import { useCanvas } from '../store/canvasStore';

let handled = 0;

/** Focuses (and selects) the field when the editor asked for it — after adding or double-clicking. */
export function useFocusRequest(ref: RefObject<InputRef | null>): void {
  const request = useCanvas((s) => s.focusRequest);
  useEffect(() => {
    if (request <= handled) return;
    handled = request;
    const id = requestAnimationFrame(() => ref.current?.focus({ cursor: 'all' }));
    return () => cancelAnimationFrame(id);
  }, [request, ref]);
}
