/**
 * Which Chromium the tests and benchmarks drive: JOURNEY_AUDIT_CHROMIUM if set, else
 * Playwright's own browser where it has been installed, else Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.JOURNEY_AUDIT_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  } catch {
    // no bundled browser registered
  }
  return '/usr/bin/chromium';
}

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
