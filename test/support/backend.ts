/**
 * A backend on a fresh workspace file with the sample project, and helpers to call its
 * operations through the same dispatch the transports use.
 */
import { join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import { createBackend } from '../../electron/backend';

export async function sampleBackend(dir: string, lang: 'zh-CN' | 'en' = 'en') {
  const backend = createBackend({ mode: 'browser', dataDir: dir, appVersion: '0.0.0-test' });
  await backend.session.create(join(dir, 'w.jaudit'), { sample: true, lang });
  const raw = (name: string, input: unknown = {}) => backend.dispatch(name, input);
  /** Calls an operation and returns its value, failing the test on an error envelope. */
  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await raw(name, input)) as Envelope<T>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  return { backend, call, raw, dir };
}
