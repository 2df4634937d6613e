/**
 * The one static-file server for the built renderer, shared by the desktop shell (`app://`)
 * and browser mode (HTTP). Plain Node: it maps a request target to a file inside the
 * renderer folder, never throws on a malformed target, and never leaves the folder.
 */
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** What to answer: a file to send with its headers, or a bare status. */
export type StaticAnswer =
  | { status: 200; file: string; headers: Record<string, string> }
  | { status: 400 | 404 | 405; reason: string };

/**
 * The renderer file a raw (still percent-encoded) URL path names, or why there is none:
 * 400 for a path that does not decode (bad escapes, overlong UTF-8, NUL), 404 for one that
 * would leave the folder. Decoded "%2e%2e%2f" and backslashes are caught on the resolved path.
 */
export function rendererPath(rootDir: string, rawPathname: string): { file: string } | { status: 400 | 404; reason: string } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return { status: 400, reason: 'The path is not valid percent-encoded UTF-8' };
  }
  if (pathname.includes('\0')) return { status: 400, reason: 'The path contains a NUL character' };
  if (!pathname.startsWith('/')) return { status: 400, reason: 'The path must start with /' };
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { status: 404, reason: 'Not found' };
  return { file };
}

/**
 * Answers a GET or HEAD for `rawPathname` from `rootDir`. A client-side route (no file,
 * no extension) gets the app's index.html, so a reload lands in the app rather than a 404.
 */
export async function findStatic(rootDir: string, method: string | undefined, rawPathname: string): Promise<StaticAnswer> {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, reason: 'Method not allowed' };
  const found = rendererPath(rootDir, rawPathname);
  if (!('file' in found)) return found;
  let file = found.file;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (extname(file) !== '') return { status: 404, reason: 'Not found' };
    file = join(resolve(rootDir), 'index.html');
    if (!(await stat(file).catch(() => null))?.isFile()) return { status: 404, reason: 'Not found' };
  }
  const ext = extname(file).toLowerCase();
  return {
    status: 200,
    file,
    headers: {
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
    },
  };
}
