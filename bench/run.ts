/**
 * `npm run bench`: runs every benchmark and prints one table of target vs measured (median).
 * Pass benchmark name fragments as arguments to run a subset.
 */
import { cpus, totalmem } from 'node:os';
import { compareBenchmarks } from './compare.bench';
import { editorBenchmarks } from './editor.bench';
import { importBenchmarks } from './import.bench';
import { painPointBenchmarks } from './painpoints.bench';
import { type Benchmark, cleanups, formatTable, type Row, runBenchmark } from './harness';
import { startupBenchmarks } from './startup.bench';
import { workshopBenchmarks } from './workshop.bench';
import { workspaceBenchmarks } from './workspace.bench';

const ALL: Benchmark[] = [...workspaceBenchmarks, ...startupBenchmarks, ...editorBenchmarks, ...importBenchmarks, ...compareBenchmarks, ...painPointBenchmarks, ...workshopBenchmarks];

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const chosen = filters.length ? ALL.filter((b) => filters.some((f) => b.name.includes(f))) : ALL;
  const rows: Row[] = [];
  try {
    for (const b of chosen) {
      process.stderr.write(`running: ${b.name}\n`);
      rows.push(await runBenchmark(b));
    }
  } finally {
    for (const c of cleanups.splice(0)) await c();
  }
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(formatTable(rows));
  if (rows.some((r) => r.verdict === 'FAIL')) process.exitCode = 1;
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
