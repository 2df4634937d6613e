/** Calls to the participant server: JSON in, `{ ok, value | error }` out; a network failure is `null`. */
export interface Reply<T> {
  status: number;
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

export async function call<T>(url: string, body?: unknown): Promise<Reply<T> | null> {
  try {
    const res = await fetch(url, body === undefined ? { cache: 'no-store' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    let parsed: { ok?: boolean; value?: T; error?: { code: string; message: string } } = {};
    try {
      parsed = await res.json();
    } catch {
      parsed = { ok: false, error: { code: 'http', message: String(res.status) } };
    }
    return { status: res.status, ok: res.ok && parsed.ok === true, value: parsed.value, error: parsed.error };
  } catch {
    return null;
  }
}
