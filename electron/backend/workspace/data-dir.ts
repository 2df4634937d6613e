/**
 * Where the app keeps its default workspace when run without Electron (browser mode,
 * CLI): the same folder Electron's userData points to, so both modes share one workspace.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from './settings';

export const PRODUCT_NAME = 'Journey Audit';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.JOURNEY_AUDIT_USER_DATA) return env.JOURNEY_AUDIT_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The system language as the app's: any Chinese locale → zh-CN, else English. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(locale ?? '') ? 'zh-CN' : 'en';
}
