/**
 * Two backends (two windows, two app instances) on one real workspace file, and a third,
 * read-only connection that sees what they commit: `PRAGMA data_version` changes whenever
 * another connection commits, and row counts show what a refused write would have changed.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../electron/backend';
import type { AppErrorData, Envelope } from '../../shared/errors';

type Caller = {
  call<T>(name: string, input?: unknown): Promise<T>;
  /** Calls an operation that must fail and returns its error. */
  refused(name: string, input?: unknown): Promise<AppErrorData>;
};

function caller(backend: ReturnType<typeof createBackend>): Caller {
  return {
    async call<T>(name: string, input: unknown = {}) {
      const r = (await backend.dispatch(name, input)) as Envelope<T>;
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async refused(name: string, input: unknown = {}) {
      const r = (await backend.dispatch(name, input)) as Envelope<unknown>;
      if (r.ok) throw new Error(`${name} was expected to be refused but succeeded`);
      return r.error;
    },
  };
}

export async function twoBackends(dir: string, lang: 'zh-CN' | 'en' = 'en') {
  const file = join(dir, 'shared.jaudit');
  const first = createBackend({ mode: 'browser', dataDir: join(dir, 'a'), appVersion: '0.0.0-test' });
  await first.session.create(file, { sample: true, lang });
  const second = createBackend({ mode: 'browser', dataDir: join(dir, 'b'), appVersion: '0.0.0-test' });
  await second.session.open(file);
  const watch = new Database(file, { readonly: true, fileMustExist: true });
  const tables = ['surveys', 'questions', 'rounds', 'answers', 'responses', 'pain_reviews', 'pain_causes', 'customer_stories', 'improvement_actions', 'departments', 'settings', 'removed_questions', 'removed_answers'];
  /** Commits seen from outside plus every table's row count and the sum of versions: equal snapshots mean nothing was written. */
  const snapshot = () => ({
    dataVersion: watch.pragma('data_version', { simple: true }) as number,
    rows: Object.fromEntries(tables.map((t) => [t, (watch.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])),
  });
  const close = () => {
    watch.close();
    first.close();
    second.close();
  };
  return { a: caller(first), b: caller(second), snapshot, watch, close, file };
}
