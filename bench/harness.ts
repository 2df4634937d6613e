/**
 * A small benchmark harness: each benchmark states its target, runs several times,
 * and reports the median next to the target (and a reference figure where it has one).
 */
/** Shared resources (browsers, servers) register their teardown here; run.ts calls them at the end. */
export const cleanups: (() => Promise<void>)[] = [];

export interface BenchResult {
  /** Median of the measured runs, in the benchmark's unit. */
  value: number;
  /** Optional reference measured in the same run (e.g. raw SQLite insert rate). */
  reference?: { label: string; value: number };
}

export interface Benchmark {
  name: string;
  unit: 'ms' | 'rows/s' | 'MB' | '%';
  /** The target, e.g. { op: '<=', value: 100 }. */
  target: { op: '<=' | '>='; value: number };
  runs?: number;
  setup?: () => Promise<unknown> | unknown;
  /** One measured run; returns the figure for that run. */
  run: (state: unknown) => Promise<number> | number;
  teardown?: (state: unknown) => Promise<void> | void;
  /** Text for the reference column, read after the runs (e.g. "raw insert 480k rows/s → 61%"). */
  reference?: (value: number) => string;
  /** Measures the reference before the runs (e.g. raw insert rate). */
  measureReference?: () => Promise<void> | void;
}

export interface Row {
  name: string;
  target: string;
  measured: string;
  unit: string;
  verdict: 'pass' | 'FAIL';
  reference: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function runBenchmark(b: Benchmark): Promise<Row> {
  await b.measureReference?.();
  const state = await b.setup?.();
  const samples: number[] = [];
  try {
    for (let i = 0; i < (b.runs ?? 5); i++) samples.push(await b.run(state));
  } finally {
    await b.teardown?.(state);
  }
  const value = median(samples);
  const pass = b.target.op === '<=' ? value <= b.target.value : value >= b.target.value;
  return {
    name: b.name,
    target: `${b.target.op} ${b.target.value}`,
    measured: value >= 100 ? value.toFixed(0) : value.toFixed(2),
    unit: b.unit,
    verdict: pass ? 'pass' : 'FAIL',
    reference: b.reference?.(value) ?? '',
  };
}

export function formatTable(rows: Row[]): string {
  const cols: (keyof Row)[] = ['name', 'target', 'measured', 'unit', 'verdict', 'reference'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join('\n');
}
