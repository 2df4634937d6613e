/**
 * Performance marks of the Pain points page, read by bench/painpoints.bench.ts:
 * `painpoints:list` — list data arrived → the table painted;
 * `painpoints:filter` — a filter, search or sort change → the table painted.
 */

const LIST_START = 'painpoints:list-start';
const FILTER_START = 'painpoints:filter-start';

export function markListStart(): void {
  performance.clearMarks(LIST_START);
  performance.mark(LIST_START);
}

export function markFilterStart(): void {
  performance.clearMarks(FILTER_START);
  performance.mark(FILTER_START);
}

/** Runs after the next paint: a frame, then a task. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Closes whichever measurement is open once the table has painted. */
export function measureRendered(): void {
  afterPaint(() => {
    for (const [start, name] of [
      [LIST_START, 'painpoints:list'],
      [FILTER_START, 'painpoints:filter'],
    ] as const) {
      if (performance.getEntriesByName(start, 'mark').length === 0) continue;
      performance.measure(name, start);
      performance.clearMarks(start);
    }
  });
}
