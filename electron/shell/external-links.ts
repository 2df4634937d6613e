/**
 * Sites a link may open in the user's browser. Exact origins, https only; anything else a
 * page tries to open is dropped. Keep it short: the app works offline. Plain TypeScript (no
 * Electron), so the rule is tested directly.
 */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://github.com'];

export function isAllowedExternal(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && EXTERNAL_ORIGINS.includes(u.origin);
}
