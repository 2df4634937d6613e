/**
 * The renderer's typed client. In the desktop app it calls the preload bridge;
 * in browser mode it posts to the local HTTP transport with the per-run token.
 */
import type { Api, OperationName, OpInput, OpOutput } from '../../shared/contract';
import { AppError, isAppErrorData, type Envelope } from '../../shared/errors';

const TOKEN_KEY = 'journey-audit-token';
// keepalive requests may carry at most 64 KiB in all; 20k UTF-16 units stay below that even as CJK UTF-8.
const KEEPALIVE_MAX = 20_000;

/** Reads the token from `?token=` once, keeps it for this tab and removes it from the address bar. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export const isDesktop = (): boolean => typeof window !== 'undefined' && window.journeyAudit !== undefined;

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    if (envelope.ok) return envelope.value as T;
    if (isAppErrorData(envelope.error)) throw new AppError(envelope.error);
  }
  throw new AppError({ code: 'internal', message: 'Malformed reply from the backend' });
}

async function httpCall(name: OperationName, input: unknown, token: string | null): Promise<Envelope<unknown>> {
  let res: Response;
  const body = JSON.stringify(input ?? {});
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-journey-token': token } : {}) },
      body,
      // A save sent while the page unloads must still arrive.
      keepalive: body.length < KEEPALIVE_MAX,
    });
  } catch (e) {
    throw new AppError({ code: 'internal', message: `The local server did not answer: ${(e as Error).message}` });
  }
  try {
    return (await res.json()) as Envelope<unknown>;
  } catch {
    throw new AppError({ code: 'internal', message: `The local server replied ${res.status} without a result` });
  }
}

/**
 * One function per operation, made on first use: the renderer holds no list of names (nor the
 * schemas), so the start-up chunk stays small; a name outside the registry is answered by the
 * backend with `unknown_operation`. Operation names always contain a dot, so `api.then` and
 * the like stay undefined.
 */
function createApi(): Api {
  const bridge = typeof window !== 'undefined' ? window.journeyAudit : undefined;
  const token = bridge ? null : takeToken();
  const made = new Map<string, (input: unknown) => Promise<unknown>>();
  const get = (name: string) => {
    let fn = made.get(name);
    if (!fn) {
      const op = name as OperationName;
      fn = async (input: unknown) => unwrap(bridge ? await bridge.call(op, input ?? {}) : await httpCall(op, input, token));
      made.set(name, fn);
    }
    return fn;
  };
  return new Proxy({} as Api, {
    get: (_target, name) => (typeof name === 'string' && name.includes('.') ? get(name) : undefined),
  });
}

export const api: Api = createApi();

/** Convenience for call sites that want the operation name as a value. */
export function call<K extends OperationName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
  return api[name](input);
}

/** URL of the workspace download in browser mode (Save a copy). */
export function workspaceDownloadUrl(): string {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return `/download/workspace?token=${encodeURIComponent(token)}`;
}
