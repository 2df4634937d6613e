/**
 * Importing one generated export with default settings through the real CLI into a fresh
 * workspace, then reading its round summary back: what the export tests check.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { useTmpDir } from './tmp';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/journey-audit.js');
export const EXPORTS = resolve(ROOT, 'test/fixtures/exports');

export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An importer of files in test/fixtures/exports; `Q` and `I` are the fields a test reads of the summary's questions and the import's JSON. */
export function useExportImport<Q extends { text: string; type: string }, I>() {
  const tmp = useTmpDir();
  return (file: string) => {
    const ws = join(tmp(), 'w.jaudit');
    expect(cli('init', ws).code).toBe(0);
    const imp = cli('survey', 'import', ws, join(EXPORTS, file), '--survey', 'S', '--round', 'R1', '--json');
    if (imp.code !== 0) throw new Error(`${file} refused: ${imp.stdout} ${imp.stderr}`);
    const sum = cli('round', 'summary', ws, '--survey', 'S', '--round', 'R1', '--json', '--privacy-min', '1');
    expect(sum.code).toBe(0);
    const questions = JSON.parse(sum.stdout).questions as Q[];
    const q = (text: string) => {
      const found = questions.find((x) => x.text === text);
      if (!found) throw new Error(`no question “${text}” in ${questions.map((x) => x.text).join(' | ')}`);
      return found;
    };
    return { imp: JSON.parse(imp.stdout) as I, questions, q, types: questions.map((x) => [x.text, x.type]) };
  };
}
