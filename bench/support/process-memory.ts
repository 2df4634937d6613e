/**
 * Runs a command and samples its peak resident memory (VmHWM on Linux) while it runs.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  ms: number;
  peakMB: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

function peakKB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function runMeasured(cmd: string, args: string[]): Promise<Measured> {
  return new Promise((ok) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setInterval(() => {
      const kb = child.pid ? peakKB(child.pid) : null;
      if (kb !== null) peak = Math.max(peak ?? 0, kb);
    }, 25);
    child.on('exit', (code) => {
      clearInterval(timer);
      ok({ ms: performance.now() - t0, peakMB: peak === null ? null : peak / 1024, code, stdout, stderr });
    });
  });
}
